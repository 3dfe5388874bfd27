package io.gemlink.feeds.api;

import java.util.Locale;

/**
 * The formats a feed is delivered in, with their media types (docs/feed-format.md): feeds-module writes
 * them, linking-module reads them back, recognising a feed by its Content-Type, else by its first character.
 */
public enum FeedFormat {
    CSV("text/csv; charset=UTF-8"),
    JSON("application/json"),
    XML("application/xml");

    private final String contentType;

    FeedFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static FeedFormat detect(String contentType, int firstNonBlankChar) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return JSON;
        }
        if (type.contains("xml")) {
            return XML;
        }
        if (type.contains("csv")) {
            return CSV;
        }
        return firstNonBlankChar == '{' ? JSON : firstNonBlankChar == '<' ? XML : CSV;
    }
}
