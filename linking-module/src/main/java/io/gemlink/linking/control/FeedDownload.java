package io.gemlink.linking.control;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A fetched feed: {@code notModified} (304, no body), or a complete body spooled to {@code body}
 * with what its headers declared. What a feed says about its vendor ({@code X-Feed-Vendor}) is not kept:
 * only a grant makes a link.
 *
 * @param declaredRows {@code X-Feed-Rows}, or null when the server sent none
 * @param generatedAt  {@code X-Feed-Generated-At}, the {@code since} of the next changes-only fetch; null
 *                     when the server sent none (then every run fetches the whole feed)
 */
public record FeedDownload(boolean notModified, String etag, Integer declaredRows, String contentType, Path body,
                           Instant generatedAt) {
}
