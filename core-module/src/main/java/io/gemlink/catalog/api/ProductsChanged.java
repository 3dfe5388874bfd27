package io.gemlink.catalog.api;

import java.time.Instant;
import java.util.List;

/**
 * Products of one account were created or changed (upsert, CSV batch, PATCH, delete), fired in the
 * transaction that wrote them. Observers that act on it elsewhere use
 * {@code TransactionPhase.AFTER_SUCCESS} so that they never see a rolled-back change.
 */
public record ProductsChanged(long accountId, List<String> skus, Instant at) {

    public ProductsChanged {
        skus = List.copyOf(skus);
    }
}
