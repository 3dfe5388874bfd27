package io.gemlink.linking.control;

import java.nio.file.Path;

/**
 * A fetched feed: {@code notModified} (304, no body), or a complete body spooled to {@code body}
 * with what its headers declared.
 *
 * @param declaredRows {@code X-Feed-Rows}, or null when the server sent none
 */
public record FeedDownload(boolean notModified, String etag, Integer declaredRows, String vendor, String contentType,
                           Path body) {
}
