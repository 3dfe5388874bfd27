/**
 * What the catalog boundary uses: the product input rules, the mapping between product records and
 * the {@code product} row, the JDBC batch upsert of a catalog import, CSV row reading (Apache Commons CSV) and the catalog search query.
 * Fires and observes nothing.
 */
package io.gemlink.catalog.control;
