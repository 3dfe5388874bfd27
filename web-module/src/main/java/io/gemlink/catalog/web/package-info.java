/**
 * The catalog in the partner API: {@code /api/v1/products} (JSON upsert, CSV import, search, patch,
 * delete) and the vendor's catalog screens. Fires and observes nothing itself (the catalog boundary
 * fires ProductsChanged).
 */
package io.gemlink.catalog.web;
