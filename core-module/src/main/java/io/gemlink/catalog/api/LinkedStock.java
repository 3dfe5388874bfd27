package io.gemlink.catalog.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The catalog's door for linking-module to bring a vendor's stock change to the distributors' linked
 * products without an import run. Runs in the caller's transaction. Implemented by feeds-module, which owns
 * {@code product}; linking-module names the sources (it owns {@code import_source}).
 */
@Local
public interface LinkedStock {

    /** An in-network import source of the vendor: its id, the vendor's feed it fetches, its stock buffer. */
    record StockSource(long sourceId, long feedId, int stockBuffer) {}

    /**
     * Sets the quantity of the sources' linked products of these vendor SKUs to what an import run would write
     * now: the vendor's quantity (as its feed shows it) less the source's buffer, never below 0; bumps their
     * change stamp when it changes. Reads the vendor's products without a lock: callers run these one at a time,
     * each after the change it follows committed, so that they write in the order of the changes. Leaves alone
     * the products a run handled as gone from the feed, and those of a hidden vendor product (that is content,
     * for the run).
     *
     * @return the sources whose feed a product left by this change (an in-stock-only feed at 0): their linked
     *     product is at 0 now, and the source's missing-products rule is the next run's to apply
     */
    Set<Long> follow(long vendorAccountId, Collection<String> vendorSkus, List<StockSource> sources, Instant now);
}
