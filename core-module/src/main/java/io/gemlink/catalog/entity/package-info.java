/**
 * The {@code product} row, shared by a vendor's own products and a distributor's linked products (the
 * {@code link_*} columns set). Which module writes it, and through what: docs/architecture.md. Fires and
 * observes nothing.
 */
package io.gemlink.catalog.entity;
