package io.gemlink.catalog.api;

/** The metal a piece is made of (docs/api.md). */
public enum Metal {
    GOLD,
    SILVER,
    PLATINUM,
    PALLADIUM,
    OTHER
}
