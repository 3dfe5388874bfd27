package io.gemlink.platform.outbound;

import java.io.IOException;

/**
 * A connection refused before it was made: the address is inward (see {@link AddressRules}). An
 * {@link IOException}, so that it leaves an HTTP client the way any failed connection does.
 */
public class AddressNotAllowedException extends IOException {

    public static final String PREFIX = "address not allowed";

    public AddressNotAllowedException(String why) {
        super(PREFIX + ": " + why);
    }
}
