package io.gemlink.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * A resource that does not exist for the caller's account. Another account's resource is
 * "not found" too: the API never reveals that it exists.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
