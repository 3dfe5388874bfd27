package io.gemlink.catalog.api; public record ProductsChanged(long accountId, java.util.List<String> skus, java.time.Instant at) {}
