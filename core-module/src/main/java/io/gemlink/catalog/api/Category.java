package io.gemlink.catalog.api;

/** What kind of piece a product is (docs/api.md). */
public enum Category {
    RING,
    EARRINGS,
    NECKLACE,
    PENDANT,
    BRACELET,
    SET,
    LOOSE_STONE,
    OTHER
}
