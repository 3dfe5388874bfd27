package io.gemlink.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

/**
 * The machine's limit for writing products: a plain JDBC batched insert of the same number of rows,
 * with the product table's columns, in batches of 500 committed one by one (as the importer commits),
 * into the same kind of database on the same machine. MySQL: a scratch table in the bench database,
 * {@code rewriteBatchedStatements=true}. H2: a scratch file database of the same engine, since the
 * server holds the lock on its own file.
 */
final class Ceiling {

    private static final String DDL = "CREATE TABLE bench_ceiling (id BIGINT NOT NULL AUTO_INCREMENT, account_id BIGINT NOT NULL,"
            + " sku VARCHAR(64) NOT NULL, title VARCHAR(255) NOT NULL, category VARCHAR(16), metal VARCHAR(16),"
            + " purity VARCHAR(8), stones_json LONGTEXT, images_json LONGTEXT, price DECIMAL(12,2) NOT NULL,"
            + " currency CHAR(3) NOT NULL, quantity INT NOT NULL, tags VARCHAR(1000), created_at DATETIME(6) NOT NULL,"
            + " updated_at DATETIME(6) NOT NULL, link_vendor_sku VARCHAR(64), link_content_hash CHAR(64),"
            + " PRIMARY KEY (id), UNIQUE KEY uk_bench_ceiling (account_id, sku))";

    private Ceiling() {
    }

    /** Rows per second. */
    static double insertRate(Bench.Config config, int rows) throws Exception {
        String url = config.jdbcUrl();
        String user = config.jdbcUser();
        String password = config.jdbcPassword();
        if (url.isBlank()) {
            Path dir = Files.createTempDirectory("gemlink-ceiling");
            url = "jdbc:h2:" + dir.toAbsolutePath() + "/ceiling;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
            user = "bench";
            password = "bench";
        } else if (url.startsWith("jdbc:mysql:") && !url.contains("rewriteBatchedStatements")) {
            url += (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_ceiling");
                s.execute(DDL + (url.startsWith("jdbc:mysql:") ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" : ""));
            }
            c.setAutoCommit(false);
            Random r = new Random(1);
            Timestamp now = Timestamp.from(Instant.now());
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_ceiling (account_id, sku, title, category,"
                    + " metal, purity, stones_json, images_json, price, currency, quantity, tags, created_at, updated_at,"
                    + " link_vendor_sku, link_content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
                    insert.setString(15, "BENCH-" + i);
                    insert.setString(16, "0".repeat(64));
                    insert.addBatch();
                    if ((i + 1) % 500 == 0 || i == rows - 1) {
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
}
