package io.gemlink.tracking.api;

/** Why a bulk row was rejected (or flagged): its row number, the field and the reason. */
public record RowIssue(int row, String field, String message) {}
