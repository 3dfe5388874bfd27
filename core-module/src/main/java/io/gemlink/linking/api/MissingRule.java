package io.gemlink.linking.api;

/** What a complete, trustworthy run does to a linked product that is no longer in the feed. */
public enum MissingRule {
    /** keep the product, with quantity 0 */
    ZERO_STOCK,
    /** keep the product, hidden */
    HIDE,
    /** delete the product from the distributor's catalog */
    DELETE
}
