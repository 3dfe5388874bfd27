package io.gemlink.orders.api;

/**
 * Where a distributor order's part for one vendor stands: owed and not yet mirrored, mirrored into
 * a vendor order, or skipped for a reason both sides can read (and retry after fixing it).
 */
public enum DropshipState {
    PENDING,
    CREATED,
    SKIPPED
}
