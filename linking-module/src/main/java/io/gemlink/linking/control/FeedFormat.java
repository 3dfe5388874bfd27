package io.gemlink.linking.control;

import java.util.Locale;

/** The three feed formats, recognised by Content-Type, else by the body's first character. */
public enum FeedFormat {
    CSV, JSON, XML;

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
