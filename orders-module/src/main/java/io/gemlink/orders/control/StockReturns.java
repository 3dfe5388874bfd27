package io.gemlink.orders.control;

import io.gemlink.catalog.api.StockChanged;
import io.gemlink.catalog.api.StockReservations;
import io.gemlink.orders.entity.SalesOrderLine;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stock that vendor lines leaving unshipped (rejected, cancelled) give back, gathered per vendor and SKU
 * during a transition, then given back in one go in SKU order (as it was reserved, so that two writers never
 * take product rows crosswise), with one {@link StockChanged} per vendor so that linked products follow. A
 * backordered line never held stock and gives back nothing. One per transition (a plain object, not a bean: the
 * boundary that owns the transaction hands it the catalog's door and its event).
 */
public final class StockReturns {

    private final StockReservations stock; // feeds-module owns the product table
    private final Event<StockChanged> stockChanged;
    private final Map<Long, Map<String, Integer>> units = new TreeMap<>();

    public StockReturns(StockReservations stock, Event<StockChanged> stockChanged) {
        this.stock = stock;
        this.stockChanged = stockChanged;
    }

    public void add(long vendorAccountId, SalesOrderLine vendorLine) {
        if (!vendorLine.isBackordered()) {
            units.computeIfAbsent(vendorAccountId, k -> new TreeMap<>())
                    .merge(vendorLine.getSku(), vendorLine.getQuantity(), Integer::sum);
        }
    }

    /** Gives everything gathered back, in the caller's transaction. */
    public void giveBack(Instant now) {
        units.forEach((vendorId, bySku) -> {
            List<String> released = new ArrayList<>();
            bySku.forEach((sku, quantity) -> {
                if (stock.release(vendorId, sku, quantity, now)) {
                    released.add(sku);
                }
            });
            if (!released.isEmpty()) {
                stockChanged.fire(new StockChanged(vendorId, released, now));
            }
        });
        units.clear();
    }
}
