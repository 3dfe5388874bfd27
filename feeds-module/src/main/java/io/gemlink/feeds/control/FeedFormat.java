package io.gemlink.feeds.control;

/** The formats a feed is delivered in, with their media types (docs/feed-format.md). */
public enum FeedFormat {
    CSV("text/csv; charset=UTF-8"), JSON("application/json"), XML("application/xml");

    private final String contentType;

    FeedFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
