package io.gemlink.linking.api;

/** A feed row an import rejected: its number (1 = first product of the feed) and why. */
public record RejectedRow(int row, String message) {}
