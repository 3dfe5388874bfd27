package io.gemlink.linking.control;

import io.gemlink.feeds.api.FeedFormat;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a feed body row by row, streamed (a 100,000-product feed is never held in memory), in one of
 * the formats of docs/feed-format.md. A structural error (broken JSON or XML, bad CSV quoting,
 * missing header columns) is a {@link FeedException}; a bad row is handed on, marked malformed.
 */
public interface FeedReader {

    /** @return the vendor public id the body names (JSON {@code vendor}, XML {@code vendor=}), or null */
    String read(InputStream body, Consumer<RawRow> rows) throws FeedException;

    static FeedReader of(FeedFormat format) {
        return switch (format) {
            case CSV -> new CsvFeedReader();
            case JSON -> new JsonFeedReader();
            case XML -> new XmlFeedReader();
        };
    }
}
