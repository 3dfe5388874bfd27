package io.gemlink.catalog.api;

import java.util.List;

/**
 * The answer to {@code POST /api/v1/products}: good items are stored, bad ones come back by their
 * index in the request (0-based) with the field and the reason.
 */
public record UpsertResult(int created, int updated, List<ItemError> errors) {

    /** One refused item of a JSON upsert. */
    public record ItemError(int index, String field, String message) {}
}
