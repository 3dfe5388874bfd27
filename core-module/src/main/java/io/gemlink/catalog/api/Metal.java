package io.gemlink.catalog.api;

/** The metal a piece is made of (API.md). */
public enum Metal {
    GOLD, SILVER, PLATINUM, PALLADIUM, OTHER
}
