package io.gemlink.platform.api;

import jakarta.ejb.ApplicationException;

/** A request that clashes with existing data (e.g. an e-mail address already signed up), answered 409. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
