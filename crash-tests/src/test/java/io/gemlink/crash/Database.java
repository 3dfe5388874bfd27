package io.gemlink.crash;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One database the crash suite runs the server on: the environment the server starts with, and plain
 * JDBC to read what is really stored once the server is stopped (H2 allows one process per file, so
 * the suite reads both databases at the same moment: after a clean stop that follows the restart).
 */
record Database(String name, String url, String user, String password, String dataSourceClass, String product) {

    /** The MariaDB/MySQL database ./gemlink test creates for the crash suite (GEMLINK_CRASH_DB_*). */
    static Database mariaDb() {
        String url = System.getenv("GEMLINK_CRASH_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("GEMLINK_CRASH_DB_URL is not set: run the crash suite with ./gemlink test");
        }
        return new Database(
                "MariaDB",
                url,
                System.getenv("GEMLINK_DB_USER"),
                System.getenv("GEMLINK_DB_PASSWORD"),
                "com.mysql.cj.jdbc.MysqlDataSource",
                "M"); // Connector/J names MariaDB "MySQL" or "MariaDB"
    }

    /**
     * A fresh H2 file under target/ with exactly the options of the production default
     * (gemlink.db.url in core-module's microprofile-config.properties): only the path differs.
     */
    static Database h2(Path directory) {
        return h2(directory, options -> options);
    }

    /**
     * As {@link #h2(Path)}, with H2's delayed commits: WRITE_DELAY=0 taken out of the production default's
     * options, i.e. the default URL before commits were made durable (red checks only).
     */
    static Database h2WithDelayedCommits(Path directory) {
        return h2(directory, options -> {
            if (!options.contains(";WRITE_DELAY=0")) {
                throw new IllegalStateException("the default H2 URL has no WRITE_DELAY=0 to take out: " + options);
            }
            return options.replace(";WRITE_DELAY=0", "");
        });
    }

    /** A fresh directory name under the crash suite's work directory (target/crash): {@code prefix} and the time. */
    static Path scratch(String prefix) {
        return Path.of(System.getProperty("crash.work", "target/crash"), prefix + System.currentTimeMillis());
    }

    /** As {@link #h2(Path)}, the production default's options changed by {@code change} (red checks only). */
    static Database h2(Path directory, java.util.function.UnaryOperator<String> change) {
        Properties defaults = new Properties();
        Path file = Path.of(System.getProperty("gemlink.default-config"));
        try (Reader in = Files.newBufferedReader(file)) {
            defaults.load(in);
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the production defaults in " + file, e);
        }
        String production = defaults.getProperty("gemlink.db.url");
        if (production == null || !production.startsWith("jdbc:h2:") || !production.contains(";")) {
            throw new IllegalStateException("the default gemlink.db.url is not an H2 URL with options: " + production);
        }
        String options = change.apply(production.substring(production.indexOf(';')));
        return new Database(
                "H2",
                "jdbc:h2:" + directory.toAbsolutePath().resolve("gemlink") + options,
                defaults.getProperty("gemlink.db.user"),
                defaults.getProperty("gemlink.db.password"),
                defaults.getProperty("gemlink.db.datasource-class"),
                "H2");
    }

    /** What the server is started with (MicroProfile Config reads these; the rest is inherited from ./gemlink test). */
    Map<String, String> serverEnvironment() {
        return Map.of(
                "GEMLINK_DB_URL",
                url,
                "GEMLINK_DB_USER",
                user,
                "GEMLINK_DB_PASSWORD",
                password,
                "GEMLINK_DB_DATASOURCE_CLASS",
                dataSourceClass,
                "GEMLINK_DEMO_LOAD",
                "false",
                // a run cut by the kill frees its source after 1 minute instead of 5 (docs/crash-suite.md)
                "GEMLINK_LINKING_CLAIM_EXPIRY_MINUTES",
                "1");
    }

    /** Rows of a query, each as its columns' values. */
    List<Object[]> rows(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int col = 0; col < columns; col++) {
                        row[col] = r.getObject(col + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(name + ": " + sql, e);
        }
    }

    long number(String sql, Object... params) {
        Object value = rows(sql, params).get(0)[0];
        return value == null ? 0 : ((Number) value).longValue();
    }
}
