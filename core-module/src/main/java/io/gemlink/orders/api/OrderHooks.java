package io.gemlink.orders.api;

import io.gemlink.orders.entity.SalesOrder;

/**
 * Points on an order's path where the integration tests inject faults (a crash before mirroring, a lost
 * deadlock, a slow mirroring). Production has no implementation, so orders-module calls nothing; the test EAR
 * adds CDI beans of this type (integration-tests, {@code io.gemlink.it.faults}). Each runs in the caller's
 * transaction; an exception fails that transaction as a real fault would.
 */
public interface OrderHooks {

    /** The new order's rows are flushed and it has its number; its dropship parts are not written yet. */
    default void orderWritten(SalesOrder order) {}

    /** The order committed; its first, immediate mirroring is about to start (no transaction). */
    default void beforeFirstMirroring(SalesOrder order) {}

    /** A dropship part of the order is locked and about to be mirrored, in the part's transaction. */
    default void mirroring(SalesOrder order) {}
}
