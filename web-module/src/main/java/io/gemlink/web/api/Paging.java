package io.gemlink.web.api;

import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Paging values of the partner API, refused with 400 naming the parameter when out of range (docs/api.md: size ≤ 500).
 */
public final class Paging {

    private Paging() {}

    public static PageRequest of(Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        if (page != null && (page < 0 || page > PageRequest.MAX_PAGE)) {
            errors.add(new FieldError("page", "must be from 0 to " + PageRequest.MAX_PAGE));
        }
        if (size != null && (size < 1 || size > PageRequest.MAX_SIZE)) {
            errors.add(new FieldError("size", "must be from 1 to " + PageRequest.MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new MalformedInput(errors);
        }
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }

    /** A count such as {@code ?limit=}: absent is {@code fallback}, else 1 to {@code max}. */
    public static int count(String name, Integer value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            throw new MalformedInput(name, "must be from 1 to " + max);
        }
        return value;
    }
}
