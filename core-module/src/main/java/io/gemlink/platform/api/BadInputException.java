package io.gemlink.platform.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a business rule. The web module answers it with 422 and the offending fields;
 * rollback so that nothing is half-applied.
 */
@ApplicationException(rollback = true)
public class BadInputException extends RuntimeException {

    private final List<FieldError> errors;

    public BadInputException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public BadInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
