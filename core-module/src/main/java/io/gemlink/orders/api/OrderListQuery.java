package io.gemlink.orders.api;

/**
 * What the admin's order list asks for: filters (channel and status as codes, blank for any), a search text
 * (order number, channel id, the distributor's order number, the customer's name) and a sort key;
 * {@code backordered} keeps the account's own orders with a backordered line still to be shipped. {@code sort}
 * is one of {@link #SORTS}; any other value sorts newest first, so a user's text never reaches the query.
 */
public record OrderListQuery(
        String channel,
        String status,
        boolean needsAction,
        boolean backordered,
        String q,
        String sort,
        boolean ascending) {

    /** The sort keys the list offers (the columns a user may click). */
    public static final java.util.Set<String> SORTS = java.util.Set.of("number", "channel", "status", "createdAt");

    public static OrderListQuery newestFirst(String channel, String status, boolean needsAction, String q) {
        return new OrderListQuery(channel, status, needsAction, false, q, "createdAt", false);
    }
}
