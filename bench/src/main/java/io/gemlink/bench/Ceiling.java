package io.gemlink.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's limit for writing products: a plain JDBC batched insert of the same number of rows,
 * with the product table's columns, in batches of 1,000 committed one by one (as the importer commits),
 * into the same kind of database on the same machine. MySQL: a scratch table in the bench database,
 * {@code rewriteBatchedStatements=true}. H2: a scratch file database of the same engine, since the
 * server holds the lock on its own file. Two tables: the bare one (primary key and the unique SKU
 * key only), and one with the secondary indexes {@code product} has (V2, V3 migrations), which every
 * import must maintain too.
 */
final class Ceiling {

    private static final String DDL =
            "CREATE TABLE bench_ceiling (id BIGINT NOT NULL AUTO_INCREMENT, account_id BIGINT NOT NULL,"
                    + " sku VARCHAR(64) NOT NULL, title VARCHAR(255) NOT NULL, category VARCHAR(16), metal VARCHAR(16),"
                    + " purity VARCHAR(8), stones_json LONGTEXT, images_json LONGTEXT, price DECIMAL(12,2) NOT NULL,"
                    + " currency CHAR(3) NOT NULL, quantity INT NOT NULL, tags VARCHAR(1000), created_at DATETIME(6)"
                    + " NOT NULL,"
                    + " updated_at DATETIME(6) NOT NULL, link_source_id BIGINT, link_vendor_account_id BIGINT,"
                    + " link_vendor_sku VARCHAR(64), link_content_hash CHAR(64),"
                    + " PRIMARY KEY (id), UNIQUE KEY uk_bench_ceiling (account_id, sku)";
    private static final String PRODUCT_INDEXES = ", KEY ix_bench_ceiling_updated (account_id, updated_at),"
            + " KEY ix_bench_ceiling_source (link_source_id, link_vendor_sku),"
            + " KEY ix_bench_ceiling_vendor (link_vendor_account_id, link_vendor_sku),"
            + " KEY ix_bench_ceiling_id (account_id, id)";

    private Ceiling() {}

    /** Rows per second. */
    static double insertRate(Bench.Config config, int rows, boolean productIndexes) throws Exception {
        return insertRate(config, rows, productIndexes, "");
    }

    /** As above; {@code h2Options} are appended to the scratch H2 URL (e.g. {@code ;WRITE_DELAY=0}). */
    static double insertRate(Bench.Config config, int rows, boolean productIndexes, String h2Options) throws Exception {
        String url = config.jdbcUrl();
        String user = config.jdbcUser();
        String password = config.jdbcPassword();
        if (url.isBlank() || !h2Options.isEmpty()) {
            Path dir = Files.createTempDirectory("gemlink-ceiling");
            url = "jdbc:h2:" + dir.toAbsolutePath() + "/ceiling;MODE=MySQL;DATABASE_TO_LOWER=TRUE" + h2Options;
            user = "bench";
            password = "bench";
        } else if (url.startsWith("jdbc:mysql:") && !url.contains("rewriteBatchedStatements")) {
            url += (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_ceiling");
                s.execute(DDL + (productIndexes ? PRODUCT_INDEXES : "") + ")"
                        + (url.startsWith("jdbc:mysql:") ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" : ""));
            }
            c.setAutoCommit(false);
            Random r = new Random(1);
            Timestamp now = Timestamp.from(Instant.now());
            long start = System.nanoTime();
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO bench_ceiling (account_id, sku, title, category,"
                            + " metal, purity, stones_json, images_json, price, currency, quantity, tags, created_at,"
                            + " updated_at,"
                            + " link_source_id, link_vendor_account_id, link_vendor_sku, link_content_hash)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, 1);
                    insert.setString(2, "VG-100001-BENCH-" + i);
                    insert.setString(3, "Diamond Solitaire Ring 14K Yellow, size " + (5 + i % 5));
                    insert.setString(4, "RING");
                    insert.setString(5, "GOLD");
                    insert.setString(6, "14K");
                    insert.setString(7, "[{\"type\":\"DIAMOND\",\"shape\":\"ROUND\",\"caratWeight\":0.5,\"count\":1}]");
                    insert.setString(8, "[\"https://cdn.bench.example/bench-" + i + ".jpg\"]");
                    insert.setBigDecimal(9, java.math.BigDecimal.valueOf(100 + r.nextInt(900)));
                    insert.setString(10, "USD");
                    insert.setInt(11, r.nextInt(40));
                    insert.setString(12, ",bridal,bench,");
                    insert.setTimestamp(13, now);
                    insert.setTimestamp(14, now);
                    insert.setLong(15, 7);
                    insert.setLong(16, 1);
                    insert.setString(17, "BENCH-" + i);
                    insert.setString(18, "0".repeat(64));
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_ceiling");
            }
            return rows / seconds;
        }
    }

    /** The rows of {@code product} in the bench database as the run starts (MySQL only). */
    static long productRows(Bench.Config config) throws Exception {
        return single(config, "SELECT COUNT(*) FROM product");
    }

    /**
     * MySQL's/MariaDB's InnoDB buffer pool, in MiB: whether the product table fits in it decides how fast the largest
     * growth steps read and write (the machine's MariaDB has 128 MiB unless someone set more).
     */
    static long bufferPoolMiB(Bench.Config config) throws Exception {
        return single(config, "SELECT @@innodb_buffer_pool_size") / (1024 * 1024);
    }

    private static long single(Bench.Config config, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
                Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The machine's limit for reading a feed: the vendor's rows with the columns a feed reads, by plain
     * JDBC in pages of 5,000 by id, as the feed does, in rows per second (best of three). MySQL only: on
     * H2 the server holds the lock on its database file.
     */
    static double readRate(Bench.Config config, String vendorPublicId) throws Exception {
        return readRate(config, vendorPublicId, false);
    }

    /**
     * The bench feed's own query on MySQL/MariaDB, as {@code FeedQuery} sends it for the bench feed's fields
     * (title, category, metal, purity, stones, images, currency, tags): the columns those fields need (the others
     * selected as NULL, in the same positions), the sellable stock, {@code updated_at} as the server's text, the
     * feed's filter ({@code hidden = 0}, a cost for a cost-based price), in id order by the index the feed names
     * (since 2026-12-01 late, as the feed), as one streamed query (Connector/J's streaming result set). Every
     * column read with {@code getString}; no pricing, no CSV, no HTTP. Best of three.
     */
    static double feedQueryReadRate(Bench.Config config, String vendorPublicId) throws Exception {
        return readRate(config, vendorPublicId, true);
    }

    private static final String FEED_QUERY = "SELECT p.id, p.sku, p.title, NULL AS description, p.category,"
            + " NULL AS brand, p.metal, p.purity, NULL AS metal_color, NULL AS metal_weight_grams, p.stones_json,"
            + " NULL AS total_carat_weight, p.images_json, NULL AS barcode, p.cost, p.price, p.currency,"
            + " GREATEST(p.quantity, 0) AS sellable, NULL AS variant_group, NULL AS size, p.tags,"
            + " CAST(p.updated_at AS CHAR) AS updated_at FROM product p FORCE INDEX (ix_product_account_id)"
            + " WHERE p.account_id = ?"
            + " AND (p.hidden = 0 AND p.cost IS NOT NULL) AND p.id > ? ORDER BY p.account_id, p.id";

    private static double readRate(Bench.Config config, String vendorPublicId, boolean asTheFeed) throws Exception {
        String columns = "p.id, p.sku, p.title, p.description, p.category, p.brand, p.metal, p.purity, p.metal_color,"
                + " p.metal_weight_grams, p.stones_json, p.total_carat_weight, p.images_json, p.barcode, p.cost,"
                + " p.price,"
                + " p.currency, p.quantity, p.variant_group, p.size, p.tags, p.updated_at";
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword())) {
            c.setAutoCommit(false);
            long account;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM account WHERE public_id = ?")) {
                ps.setString(1, vendorPublicId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    account = rs.getLong(1);
                }
            }
            double best = 0;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                long after = 0;
                long rows = 0;
                if (asTheFeed) {
                    try (PreparedStatement ps = c.prepareStatement(
                            FEED_QUERY, java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY)) {
                        ps.setFetchSize(Integer.MIN_VALUE);
                        ps.setLong(1, account);
                        ps.setLong(2, 0);
                        try (java.sql.ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(1);
                                for (int col = 2; col <= 22; col++) {
                                    rs.getString(col);
                                }
                                rows++;
                            }
                        }
                    }
                }
                for (int inPage = asTheFeed ? 0 : 5000; inPage == 5000; ) {
                    inPage = 0;
                    try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM product p WHERE"
                            + " p.account_id = ? AND p.id > ? ORDER BY p.account_id, p.id LIMIT 5000")) {
                        ps.setLong(1, account);
                        ps.setLong(2, after);
                        try (java.sql.ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                after = rs.getLong(1);
                                for (int col = 2; col <= 22; col++) {
                                    rs.getString(col);
                                }
                                inPage++;
                                rows++;
                            }
                        }
                    }
                }
                best = Math.max(best, rows / ((System.nanoTime() - start) / 1e9));
            }
            c.rollback();
            return best;
        }
    }

    /**
     * What durable commits cost on the embedded default: short transactions (one order-like row inserted,
     * one stock row decremented, committed) from {@code threads} threads into a scratch H2 file of the engine
     * Payara bundles, once with H2's default {@code WRITE_DELAY} (commits reach the file up to 500 ms
     * later: a kill -9 loses them) and once with {@code WRITE_DELAY=0} (every commit is written before it
     * returns), as gemlink.db.url's default now has it. The ratio durable/delayed is the price of the
     * guarantee; the file sizes show what the missing background compaction costs (H2 compacts only
     * in its background writer, which WRITE_DELAY=0 turns off). Also the import's shape: product-wide
     * rows with product's indexes, 1,000 per commit, both ways (on H2 2.2.224 the durable one was about four
     * times slower and the file grew to 2 GB during 100,000 rows; 2.3.232 does much better).
     */
    static JsonObject h2CommitRates(Bench.Config config, int commits, int threads) throws Exception {
        Rate delayed = h2Commits("", commits, threads);
        Rate durable = h2Commits(";WRITE_DELAY=0", commits, threads);
        // an import's shape: rows of product's width and indexes, 1,000 per commit
        Bench.Config h2 = config.withJdbc("", "bench", "bench");
        double delayedRows = insertRate(h2, config.products(), true, ";WRITE_DELAY=500");
        double durableRows = insertRate(h2, config.products(), true, ";WRITE_DELAY=0");
        return Json.createObjectBuilder()
                .add("batchRows", config.products())
                .add("delayedBatchRowsPerSecond", Math.round(delayedRows))
                .add("durableBatchRowsPerSecond", Math.round(durableRows))
                .add("durableToDelayedBatchRatio", Math.round(durableRows / delayedRows * 1000) / 1000.0)
                .add("commits", commits)
                .add("threads", threads)
                .add("delayedCommitsPerSecond", Math.round(delayed.perSecond()))
                .add("durableCommitsPerSecond", Math.round(durable.perSecond()))
                .add("durableToDelayedRatio", Math.round(durable.perSecond() / delayed.perSecond() * 1000) / 1000.0)
                .add("delayedFileBytes", delayed.fileBytes())
                .add("durableFileBytes", durable.fileBytes())
                .build();
    }

    private record Rate(double perSecond, long fileBytes) {}

    private static Rate h2Commits(String options, int commits, int threads) throws Exception {
        Path dir = Files.createTempDirectory("gemlink-commits");
        String url = "jdbc:h2:" + dir.toAbsolutePath() + "/commits;MODE=MySQL;DATABASE_TO_LOWER=TRUE" + options;
        try (Connection keeper = DriverManager.getConnection(url, "bench", "bench")) { // keeps the database open
            try (Statement s = keeper.createStatement()) {
                s.execute("CREATE TABLE bench_order (id BIGINT NOT NULL, external_id VARCHAR(100) NOT NULL,"
                        + " created_at DATETIME(6) NOT NULL, PRIMARY KEY (id), UNIQUE KEY uk_bench_order"
                        + " (external_id))");
                s.execute("CREATE TABLE bench_stock (id BIGINT NOT NULL, quantity INT NOT NULL, PRIMARY KEY (id))");
                for (int t = 0; t < threads; t++) {
                    s.execute("INSERT INTO bench_stock VALUES (" + t + ", " + commits + ")");
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "bench", "bench");
                            PreparedStatement order = c.prepareStatement(
                                    "INSERT INTO bench_order (id, external_id, created_at) VALUES (?, ?, ?)");
                            PreparedStatement stock = c.prepareStatement(
                                    "UPDATE bench_stock SET quantity = quantity - 1 WHERE id = ? AND quantity >= 1")) {
                        c.setAutoCommit(false);
                        for (int i = thread; i < commits; i += threads) {
                            // explicit ids: H2 2.2.224's AUTO_INCREMENT handed two of these threads the same id here
                            order.setLong(1, i);
                            order.setString(2, "order-" + i);
                            order.setTimestamp(3, Timestamp.from(Instant.now()));
                            order.executeUpdate();
                            stock.setLong(1, thread);
                            stock.executeUpdate();
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = Files.size(dir.resolve("commits.mv.db"));
            return new Rate(commits / seconds, bytes);
        }
    }
}
