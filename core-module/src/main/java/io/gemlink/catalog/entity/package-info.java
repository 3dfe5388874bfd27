/**
 * The {@code product} row shared by a vendor's own products and a distributor's linked products.
 * Written by feeds-module (catalog upserts as JDBC batches, patches and deletes through JPA) and by
 * linking-module (the {@code link_*} columns). Fires and observes nothing.
 */
package io.gemlink.catalog.entity;
