package io.gemlink.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The test database over plain JDBC, as ./gemlink test exports it (GEMLINK_DB_URL, _USER, _PASSWORD):
 * for tests that must see what is really stored, not what the API answers.
 */
public final class Db {

    private Db() {}

    /** The first column of the first row, or null when there is no row. */
    public static String text(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row, each as its columns' text (null for SQL NULL), in the order the query gives. */
    public static java.util.List<java.util.List<String>> rows(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
                while (r.next()) {
                    java.util.List<String> row = new java.util.ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    /** A connection of the test's own, e.g. to hold row locks as another server would. */
    public static Connection connect() throws SQLException {
        String url = System.getenv("GEMLINK_DB_URL");
        if (url == null) {
            throw new IllegalStateException("GEMLINK_DB_URL is not set: run the tests with ./gemlink test");
        }
        return DriverManager.getConnection(url, System.getenv("GEMLINK_DB_USER"), System.getenv("GEMLINK_DB_PASSWORD"));
    }
}
