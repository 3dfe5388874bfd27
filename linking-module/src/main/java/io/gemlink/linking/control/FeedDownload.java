package io.gemlink.linking.control;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * A fetched feed: {@code notModified} (304, no body), or a complete body spooled to {@code body}
 * with what its headers declared. What a feed says about its vendor ({@code X-Feed-Vendor}) is not kept:
 * only a grant makes a link.
 *
 * @param declaredRows {@code X-Feed-Rows}, or null when the server sent none
 * @param generatedAt  {@code X-Feed-Generated-At}, the {@code since} of the next changes-only fetch; null
 *                     when the server sent none (then every run fetches the whole feed)
 */
public record FeedDownload(
        boolean notModified, String etag, Integer declaredRows, String contentType, Path body, Instant generatedAt) {

    /** A complete body spooled to {@code body}, with what the answer's headers ({@code header} by name) declared. */
    public static FeedDownload received(Path body, UnaryOperator<String> header) throws FeedException {
        return new FeedDownload(
                false,
                header.apply("ETag"),
                declaredRows(header.apply("X-Feed-Rows")),
                header.apply("Content-Type"),
                body,
                generatedAt(header.apply("X-Feed-Generated-At")));
    }

    private static Instant generatedAt(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Instant.parse(header.trim());
        } catch (DateTimeParseException e) {
            return null; // not a usable since: the next run fetches the whole feed again
        }
    }

    private static Integer declaredRows(String header) throws FeedException {
        if (header == null) {
            return null;
        }
        try {
            return Integer.valueOf(header.trim());
        } catch (NumberFormatException e) {
            throw new FeedException("X-Feed-Rows is not a number: " + header);
        }
    }
}
