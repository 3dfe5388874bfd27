package io.gemlink.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * The child process of {@link H2DurableCommitsTest}: commits one row per transaction into the H2 URL it
 * is given, about 40 a second, and prints each row's id once its commit has returned (its acknowledgement).
 */
public final class CommitWriter {

    private CommitWriter() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "gemlink", "gemlink")) {
            c.createStatement().execute("CREATE TABLE acked (id BIGINT PRIMARY KEY, note VARCHAR(100))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO acked VALUES (?, ?)")) {
                for (long id = 0; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "order " + id);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println(id);
                    System.out.flush();
                    Thread.sleep(25);
                }
            }
        }
    }
}
