package io.gemlink.linking.api;

/** A feed row an import rejected: its number (1 = first product of the feed) and why. */
public record RowError(int row, String message) {
}
