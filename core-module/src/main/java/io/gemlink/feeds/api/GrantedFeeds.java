package io.gemlink.feeds.api;

import jakarta.ejb.Local;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Reads a feed inside this deployment through a live grant, without HTTP: the bytes are those
 * {@code GET /feeds/{id}} would send, and the grant is checked and its fetch recorded the same way.
 * The importer of an in-network source reads its feed this way, so that the stored URL can never
 * send it elsewhere. Implemented by feeds-module.
 */
@Local
public interface GrantedFeeds {

    /**
     * @param etag  the last ETag (answers not modified when it still matches), or null
     * @param since null for the whole feed, else only what changed or left it since
     * @param body  asked for the stream to write the body to once the answer is known (not for "not modified"),
     *              as an HTTP client learns the headers before the body; the caller closes that stream
     * @throws FeedAccessDenied when no live grant of the feed names the distributor
     */
    Delivered read(long feedId, long distributorAccountId, String etag, Instant since, Body body) throws IOException;

    /** Where the body goes, told what the headers would have said. */
    @FunctionalInterface
    interface Body {
        OutputStream open(Delivered headers) throws IOException;
    }

    /** What the HTTP headers would have said; {@code notModified}: nothing was written. */
    record Delivered(boolean notModified, String etag, long rows, Instant generatedAt, String contentType) {}
}
