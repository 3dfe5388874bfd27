package io.gemlink.feeds.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** Where {@link FeedDelivery} answers: the web module's HTTP response, told the headers before the body. */
public interface FeedResponse {

    void notModified(String etag);

    /** Sends status 200 and the headers of docs/feed-format.md; the feed is then written to the stream. */
    OutputStream ok(String etag, long rows, String vendorPublicId, Instant generatedAt, String contentType)
            throws IOException;
}
