package io.gemlink.feeds.control;

import io.gemlink.catalog.control.SqlMarks;
import io.gemlink.feeds.api.FeedFilter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The SQL of one feed fetch on one connection: its ETag, its row count and its rows, in id order, so that
 * memory stays constant whatever the catalog size: on MySQL/MariaDB one query whose rows stream in as they
 * are read, on H2 page by page by id (keyset pagination, {@link #PAGE} rows at a time). Run all three in one
 * read transaction and they agree with each other.
 * <p>
 * A full answer holds the products that match the filter. A {@code since} answer holds every product
 * changed at or after that instant (at or after: stored times may have whole seconds only, and a row
 * sent twice is harmless where a row missed is not) ({@code inFeed} false when it no longer matches: filtered out, out
 * of stock with in-stock-only, hidden) and the tombstones of deleted products; if the feed's definition itself
 * changed since then, every product is in it, matching or not.
 */
public final class FeedQuery {

    /** Rows per page query: about 5 MB of a page held at once; 1,000 cost a fifth more time in round trips. */
    public static final int PAGE = 5000;

    private final Connection connection;
    private final long accountId;
    private final String condition;
    private final List<Object> params = new ArrayList<>();
    private final Instant since;
    private final boolean everything;
    private final List<String> fields;

    public FeedQuery(
            Connection connection,
            long accountId,
            FeedFilter filter,
            PriceRule pricing,
            Instant since,
            Instant feedChangedAt) {
        this(connection, accountId, filter, pricing, since, feedChangedAt, FeedFields.OPTIONAL);
    }

    /** As above, reading only the columns that {@code fields} (the feed's optional fields) show. */
    public FeedQuery(
            Connection connection,
            long accountId,
            FeedFilter filter,
            PriceRule pricing,
            Instant since,
            Instant feedChangedAt,
            List<String> fields) {
        this.connection = connection;
        this.fields = fields;
        this.accountId = accountId;
        this.since = since;
        this.everything = since != null && !feedChangedAt.isBefore(since);
        this.condition = condition(filter, pricing);
    }

    /** How far back from the newest change the ETag sums versions: longer than any write transaction or clock skew. */
    static final java.time.Duration VERSION_WINDOW = java.time.Duration.ofMinutes(5);

    /**
     * Changes whenever a row of the answer would: any product or tombstone of the account, the feed, the
     * format. A new product moves {@code MAX(id)}, a deleted one leaves a tombstone, an update moves
     * {@code MAX(updated_at)} — but not always: stored times may have whole seconds only (MySQL
     * Connector/J drops the fraction on MariaDB), so two changes in one second share it. The sum of the
     * optimistic-lock versions of the products changed in the last {@link #VERSION_WINDOW} before the
     * newest change tells those apart: within one newest second, rows only enter that window and versions
     * only grow. Each part is read from an index range, not from every product of the account (a sum
     * over all of them took 0.8 s on H2 at 100,000 products, for every fetch, 304s included).
     */
    public String etag(String feedKey) throws SQLException {
        StringBuilder input = new StringBuilder(feedKey).append('|').append(since);
        LocalDateTime newest = null;
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT MAX(updated_at), MAX(id) FROM product WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String max = rs.getString(1);
                newest = max == null ? null : LocalDateTime.ofInstant(ProductRow.instant(max), ZoneOffset.UTC);
                input.append('|').append(newest).append('|').append(rs.getLong(2));
            }
        }
        if (newest != null) {
            input.append('|')
                    .append(single(
                            "SELECT COALESCE(SUM(version), 0) FROM product WHERE account_id = ?"
                                    + " AND updated_at >= ?",
                            List.of(newest.minus(VERSION_WINDOW))));
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*), MAX(removed_at), MAX(id) FROM product_removal WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                input.append('|')
                        .append(rs.getLong(1))
                        .append('|')
                        .append(rs.getString(2))
                        .append('|')
                        .append(rs.getLong(3));
            }
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count() throws SQLException {
        String all = "SELECT COUNT(*) FROM " + allRowsOfAccount(mysql()) + " WHERE p.account_id = ?";
        if (since == null) {
            return single(all + " AND " + condition, params);
        }
        long products = everything
                ? single(all, List.of())
                : single(
                        "SELECT COUNT(*) FROM product p WHERE p.account_id = ? AND p.updated_at >= ?",
                        List.of(utc(since)));
        return products
                + single(
                        "SELECT COUNT(*) FROM product_removal WHERE account_id = ? AND removed_at >= ?",
                        List.of(utc(since)));
    }

    /** Streams the rows in id order, at most {@code limit}; tombstones come last. */
    public void rows(long limit, RowSink sink) throws Exception {
        long sent = 0;
        long after = 0;
        boolean mysql = mysql();
        String columns = ProductRow.columns(fields, mysql);
        String sql = since == null
                ? "SELECT " + columns + " FROM " + allRowsOfAccount(mysql) + " WHERE p.account_id = ? AND " + condition
                // the CASE's parameters come before the WHERE's
                : "SELECT " + columns + ", CASE WHEN " + condition + " THEN 1 ELSE 0 END AS in_feed"
                        + " FROM " + (everything ? allRowsOfAccount(mysql) : "product p") + " WHERE p.account_id = ?"
                        + (everything ? "" : " AND p.updated_at >= ?");
        // ORDER BY account_id, id (the same order, account_id being fixed): it names the columns of the index
        // ix_product_account_id in order, so H2 reads the page straight from the index instead of sorting
        // every row of the account for each page (60 times slower on 100,000 rows); MySQL is told to
        // (allRowsOfAccount).
        // Not for a since answer, the few products changed lately: sorting those beats walking every
        // product of the account in id order to find them, and leaves H2 the updated_at index.
        sql += " AND p.id > ? ORDER BY " + (since == null || everything ? "p.account_id, " : "") + "p.id";
        boolean caseFirst = since != null;
        if (mysql && limit > PAGE) {
            // MySQL/MariaDB: one query, its rows streamed as they are read (Connector/J's streaming result set),
            // so that the database reads and sends the next rows while this thread prices and writes the last
            // ones; in pages, the two took turns (each waited for the other, with two cores to share)
            try (PreparedStatement ps =
                    connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(Integer.MIN_VALUE);
                bind(ps, caseFirst, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (sent < limit && rs.next()) {
                        sent++;
                        sink.product(ProductRow.read(rs, caseFirst));
                    }
                }
            }
        } else {
            sql += " LIMIT " + PAGE;
            while (sent < limit) {
                int inPage = 0;
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    bind(ps, caseFirst, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next() && sent < limit) {
                            ProductRow row = ProductRow.read(rs, caseFirst);
                            after = row.id();
                            inPage++;
                            sent++;
                            sink.product(row);
                        }
                    }
                }
                if (inPage < PAGE) {
                    break;
                }
            }
        }
        if (since != null) {
            removals(limit - sent, sink);
        }
    }

    private void bind(PreparedStatement ps, boolean caseFirst, long after) throws SQLException {
        int i = 1;
        if (caseFirst) {
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            ps.setLong(i++, accountId);
            if (!everything) {
                ps.setObject(i++, utc(since));
            }
        } else {
            ps.setLong(i++, accountId);
            for (Object p : params) {
                ps.setObject(i++, p);
            }
        }
        ps.setLong(i, after);
    }

    /**
     * The product table for reading (or counting) every product of one account. On MySQL/MariaDB with the index
     * {@code ix_product_account_id} named: left to choose, MariaDB 10.11 took {@code uk_product_account_sku} (SKU
     * order, then a filesort of every row before the first one was sent) for accounts of 10,000 to a few hundred
     * thousand products, and a scan of the whole table to count a million; in (account, id) order the rows stream
     * as they are read (a third faster to read 100,000 rows, the count twice as fast, 2026-12-01). H2 takes that
     * index for the ORDER BY on its own.
     */
    static String allRowsOfAccount(boolean mysql) {
        return mysql ? "product p FORCE INDEX (ix_product_account_id)" : "product p";
    }

    /** MySQL or MariaDB (not the embedded H2). */
    private boolean mysql() throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.contains("MySQL") || product.contains("MariaDB");
    }

    private void removals(long limit, RowSink sink) throws Exception {
        long after = 0;
        long sent = 0;
        while (sent < limit) {
            int inPage = 0;
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, sku, removed_at FROM product_removal"
                    + " WHERE account_id = ? AND removed_at >= ? AND id > ? ORDER BY id LIMIT " + PAGE)) {
                ps.setLong(1, accountId);
                ps.setObject(2, utc(since));
                ps.setLong(3, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && sent < limit) {
                        after = rs.getLong("id");
                        inPage++;
                        sent++;
                        sink.removed(rs.getString("sku"), ProductRow.instant(rs, "removed_at"));
                    }
                }
            }
            if (inPage < PAGE) {
                break;
            }
        }
    }

    private long single(String sql, List<Object> extra) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, accountId);
            int i = 2;
            for (Object p : extra) {
                ps.setObject(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The filter as SQL over {@code product p}, its values bound as parameters (never pasted in). */
    private String condition(FeedFilter f, PriceRule pricing) {
        List<String> parts = new ArrayList<>();
        parts.add("p.hidden = 0");
        in(parts, "p.category", f.categories());
        in(parts, "p.metal", f.metals());
        in(parts, "p.purity", f.purities());
        anyElement(parts, "p.stone_types", f.stoneTypes());
        anyElement(parts, "p.tags", f.tags());
        bound(parts, "p.price >= ?", f.minPrice());
        bound(parts, "p.price <= ?", f.maxPrice());
        if (Boolean.TRUE.equals(f.inStockOnly())) {
            parts.add(SellableStock.sql() + " > 0");
        }
        if (pricing.base() == PriceRule.Base.COST) {
            parts.add("p.cost IS NOT NULL"); // no cost, no price to show on a cost-based feed
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    private void in(List<String> parts, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parts.add(column + " " + SqlMarks.in(values.size()));
            params.addAll(values);
        }
    }

    private void anyElement(List<String> parts, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parts.add("("
                    + String.join(
                            " OR ", values.stream().map(v -> column + " LIKE ?").toList()) + ")");
            values.forEach(v -> params.add(
                    "%," + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ",%"));
        }
    }

    private void bound(List<String> parts, String sql, BigDecimal value) {
        if (value != null) {
            parts.add(sql);
            params.add(value);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Receives the rows of a feed in order. */
    public interface RowSink {
        void product(ProductRow row) throws Exception;

        void removed(String sku, Instant removedAt) throws Exception;
    }
}
