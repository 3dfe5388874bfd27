package io.gemlink.web.api;

import io.gemlink.platform.api.FieldError;
import java.util.List;

/**
 * Input that cannot be read as what the route takes: not JSON, the wrong JSON type, nested too deep, a number
 * or a text out of bounds, a paging value out of range. Answered 400 naming the field. (Well-formed input that
 * breaks a business rule is {@link io.gemlink.platform.api.BadInputException}, 422.)
 */
public class MalformedInput extends RuntimeException {

    private final transient List<FieldError> errors;

    public MalformedInput(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "unreadable input"
                        : errors.get(0).field() + ": " + errors.get(0).message(),
                null,
                false,
                false); // no stack trace: hostile input is common and never a bug of ours
        this.errors = List.copyOf(errors);
    }

    public MalformedInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
