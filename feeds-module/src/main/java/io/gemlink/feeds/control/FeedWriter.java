package io.gemlink.feeds.control;

import io.gemlink.feeds.api.FeedFormat;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Writes a feed row by row in one format (docs/feed-format.md); nothing is kept once written. */
public interface FeedWriter extends AutoCloseable {

    static FeedWriter of(FeedFormat format, OutputStream out, List<String> fields) {
        return switch (format) {
            case CSV -> new CsvFeedWriter(out, fields);
            case JSON -> new JsonFeedWriter(out, fields);
            case XML -> new XmlFeedWriter(out, fields);
        };
    }

    void begin(String vendorPublicId, Instant generatedAt) throws Exception;

    /** A product of the feed at the feed's price. */
    void product(ProductRow row, BigDecimal price) throws Exception;

    /** A product that left the feed since the importer's last fetch. */
    void removed(String sku, Instant updatedAt) throws Exception;

    void end() throws Exception;

    @Override
    void close() throws Exception;
}
