package io.gemlink.feeds.api;

import jakarta.ejb.ApplicationException;

/** A feed fetch without a live grant token for that feed (missing, wrong or revoked): answered 401. */
@ApplicationException(rollback = true)
public class FeedAccessDenied extends RuntimeException {

    public FeedAccessDenied(String message) {
        super(message);
    }
}
