/**
 * What the catalog boundary uses: the product input rules, the mapping between product records and
 * the {@code product} row, CSV row reading (Apache Commons CSV), the catalog search query and its grouping by
 * variant group ({@code ProductGroups}), and the
 * SQL that bypasses JPA: {@code product}'s one column list ({@code ProductColumns}), its JDBC batch
 * writer and its look-ups by SKU, also used by the feeds' reader.
 * Fires and observes nothing.
 */
package io.gemlink.catalog.control;
