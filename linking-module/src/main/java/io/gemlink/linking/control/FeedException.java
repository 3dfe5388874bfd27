package io.gemlink.linking.control;

/**
 * A feed that cannot be imported as a whole (HTTP error, timeout, unparsable or truncated body): the run fails and
 * nothing changes.
 */
public class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
