package io.gemlink.linking.control;

import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.linking.api.RejectedRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One pass over a feed body: every row read, checked and mapped; valid rows handed on,
 * rejected ones counted (a bounded sample kept). The importer scans twice — once to validate the
 * whole feed before any write (while it downloads, {@link FeedIntake}), once over the spooled body to apply it —
 * and both passes see the same rows.
 * A row marked {@code removed} is skipped: the product counts as absent from the feed.
 */
public final class FeedScan {

    private FeedScan() {}

    /**
     * What a scan found. {@code vendorSkus}: the SKUs of the valid rows, for the missing-products rule;
     * {@code removedSkus}: those of the rows marked {@code removed} (a changes-only answer's products that
     * left the feed), less any SKU that is also a valid row.
     */
    public record Result(
            int rows,
            int valid,
            int rejected,
            List<RejectedRow> sample,
            String vendor,
            Map<String, Integer> firstRows,
            java.util.Set<String> removedSkus) {

        /** The SKUs of the valid rows. */
        public java.util.Set<String> vendorSkus() {
            return firstRows.keySet();
        }
    }

    public static Result scan(
            Path body, FeedFormat format, RowMapper mapper, int sampleLimit, Consumer<LinkedProductData> valid)
            throws FeedException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(body), 64 * 1024)) {
            return scan(in, format, mapper, sampleLimit, valid);
        } catch (IOException e) {
            throw new FeedException("spooled feed unreadable: " + e.getMessage(), e);
        }
    }

    /** As above, from a stream (the body as it arrives); the caller closes it. */
    public static Result scan(
            InputStream body, FeedFormat format, RowMapper mapper, int sampleLimit, Consumer<LinkedProductData> valid)
            throws FeedException {
        return scan(body, format, mapper, sampleLimit, null, valid);
    }

    /**
     * The same body once more, after {@code checked} was scanned from it: a repeated SKU is refused by the first
     * scan's record of each SKU's first valid row instead of a second record of its own, so that a run holds one
     * SKU map, not two, while it writes (a million SKUs take about 110 MiB). The mappers of both scans must accept
     * and refuse alike ({@link RowMapper#checking()}). Only the rows handed on count; the result's SKU map is
     * {@code checked}'s.
     */
    public static Result scanAgain(
            Path body, FeedFormat format, RowMapper mapper, Result checked, Consumer<LinkedProductData> valid)
            throws FeedException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(body), 64 * 1024)) {
            return scan(in, format, mapper, 0, checked.firstRows(), valid);
        } catch (IOException e) {
            throw new FeedException("spooled feed unreadable: " + e.getMessage(), e);
        }
    }

    private static Result scan(
            InputStream body,
            FeedFormat format,
            RowMapper mapper,
            int sampleLimit,
            Map<String, Integer> checked,
            Consumer<LinkedProductData> valid)
            throws FeedException {
        Map<String, Integer> firstRow = checked != null ? checked : new HashMap<>();
        java.util.Set<String> removed = new java.util.HashSet<>();
        List<RejectedRow> sample = new ArrayList<>();
        int[] counts = new int[3]; // rows, valid, rejected
        // a failure of the consumer (writing a batch) is not the feed's: it must not reach the readers,
        // which report what they catch as an unreadable feed; the rest of the body is skipped
        RuntimeException[] consumerFailed = {null};
        String vendor = FeedReader.of(format).read(body, raw -> {
            counts[0]++;
            try {
                if (raw.removed() && raw.malformed() == null) {
                    String sku = raw.get("sku");
                    if (sku != null) {
                        removed.add(sku);
                    }
                    return;
                }
                LinkedProductData data = mapper.map(raw);
                Integer earlier = checked != null
                        ? checked.get(data.vendorSku())
                        : firstRow.putIfAbsent(data.vendorSku(), raw.row());
                if (checked != null && earlier == null) { // the mappers disagree: never write what was not checked
                    throw new RowRejected("sku: '" + data.vendorSku() + "' was not valid when the feed was checked");
                }
                if (earlier != null && earlier != raw.row()) {
                    throw new RowRejected("sku: '" + data.vendorSku() + "' repeats row " + earlier);
                }
                counts[1]++;
                if (consumerFailed[0] == null) {
                    try {
                        valid.accept(data);
                    } catch (RuntimeException e) {
                        consumerFailed[0] = e;
                    }
                }
            } catch (RowRejected e) {
                counts[2]++;
                if (sample.size() < sampleLimit) {
                    sample.add(new RejectedRow(raw.row(), e.getMessage()));
                }
            }
        });
        if (consumerFailed[0] != null) {
            throw consumerFailed[0];
        }
        if (checked == null) { // deleted, then created again under the same SKU: the row wins
            removed.removeAll(firstRow.keySet());
        }
        return new Result(counts[0], counts[1], counts[2], sample, vendor, firstRow, removed);
    }

    /** The format by the Content-Type, else by the first character; the stream (mark, reset) stays at its start. */
    public static FeedFormat format(InputStream body, String contentType) throws IOException {
        body.mark(64 * 1024);
        int c = firstNonBlank(body);
        body.reset();
        return FeedFormat.detect(contentType, c);
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        int c;
        int read = 0;
        do {
            c = in.read();
        } while (++read < 64 * 1024
                && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF));
        return c;
    }
}
