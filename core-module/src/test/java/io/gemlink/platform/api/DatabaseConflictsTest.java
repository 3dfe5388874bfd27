package io.gemlink.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mysql.cj.jdbc.exceptions.SQLError;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MySQL/MariaDB errors as Connector/J builds them from the server's error packet; H2 errors raised by a
 * real H2 database in the MySQL mode of ./gemlink run. Each wrapped the way the container hands them on.
 */
class DatabaseConflictsTest {

    private static final String H2 = "jdbc:h2:mem:conflicts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    private static Connection h2;

    @BeforeAll
    static void schema() throws SQLException {
        h2 = DriverManager.getConnection(H2, "sa", "");
        try (Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE sales_order (id BIGINT NOT NULL AUTO_INCREMENT, channel VARCHAR(16) NOT NULL,"
                    + " external_id VARCHAR(100), PRIMARY KEY (id),"
                    + " UNIQUE KEY uk_sales_order_channel_external (channel, external_id))");
            s.execute("INSERT INTO sales_order (id, channel, external_id) VALUES (1, 'API', 'A-1')");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        h2.close();
    }

    private static Throwable asTheContainerHandsItOn(SQLException e) {
        // EclipseLink's DatabaseException inside JPA's PersistenceException inside the EJB container's EJBException
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(e)));
    }

    private static SQLException mysql(String message, String sqlState, int vendorCode) {
        return SQLError.createSQLException(message, sqlState, vendorCode, null);
    }

    @Test
    void aMySqlDeadlockIsTransient() {
        SQLException deadlock =
                mysql("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

        assertThat(DatabaseConflicts.isTransient(deadlock)).isTrue();
        assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(deadlock)))
                .isTrue();
    }

    @Test
    void aMySqlLockWaitTimeoutIsTransientWhateverSqlStateTheDriverGaveIt() {
        for (String state : new String[] {"HY000", "40001"}) {
            SQLException timeout = mysql("Lock wait timeout exceeded; try restarting transaction", state, 1205);

            assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(timeout)))
                    .as(state)
                    .isTrue();
        }
    }

    @Test
    void aDuplicateGeneratedIdIsTransientOnMariaDbAndMySql() {
        assertThat(DatabaseConflicts.isTransient(
                        asTheContainerHandsItOn(mysql("Duplicate entry '1021' for key 'PRIMARY'", "23000", 1062))))
                .isTrue();
        assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(
                        mysql("Duplicate entry '1021' for key 'dropship_part.PRIMARY'", "23000", 1062))))
                .isTrue();
    }

    @Test
    void aSecondCopyOfABusinessKeyIsNotTransient() {
        SQLException sameChannelOrder =
                mysql("Duplicate entry '7-API-A-1' for key 'uk_sales_order_channel_external'", "23000", 1062);

        assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(sameChannelOrder)))
                .isFalse();
    }

    @Test
    void anH2DuplicateGeneratedIdIsTransient() {
        SQLException duplicateId = catchThrowableOfType(
                SQLException.class,
                () -> h2.createStatement()
                        .execute("INSERT INTO sales_order (id, channel, external_id) VALUES (1, 'API', 'A-2')"));

        assertThat(duplicateId.getErrorCode()).isEqualTo(23505);
        assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(duplicateId)))
                .isTrue();
    }

    @Test
    void anH2SecondCopyOfABusinessKeyIsNotTransient() {
        SQLException sameChannelOrder = catchThrowableOfType(
                SQLException.class,
                () -> h2.createStatement()
                        .execute("INSERT INTO sales_order (channel, external_id) VALUES ('API', 'A-1')"));

        assertThat(sameChannelOrder.getErrorCode()).isEqualTo(23505);
        assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(sameChannelOrder)))
                .isFalse();
    }

    @Test
    void anH2LockTimeoutIsTransient() throws SQLException {
        try (Connection holder = DriverManager.getConnection(H2, "sa", "");
                Connection waiter = DriverManager.getConnection(H2 + ";LOCK_TIMEOUT=100", "sa", "")) {
            holder.setAutoCommit(false);
            holder.createStatement().executeUpdate("UPDATE sales_order SET external_id = 'A-1' WHERE id = 1");
            SQLException timeout = catchThrowableOfType(
                    SQLException.class,
                    () -> waiter.createStatement()
                            .executeUpdate("UPDATE sales_order SET external_id = 'A-1' WHERE id = 1"));
            holder.rollback();

            assertThat(timeout.getErrorCode()).isEqualTo(50200);
            assertThat(DatabaseConflicts.isTransient(asTheContainerHandsItOn(timeout)))
                    .isTrue();
        }
    }

    @Test
    void otherFailuresAreNotTransient() {
        assertThat(DatabaseConflicts.isTransient(mysql("Data too long for column 'sku' at row 1", "22001", 1406)))
                .isFalse();
        assertThat(DatabaseConflicts.isTransient(
                        mysql("Cannot add or update a child row: a foreign key constraint fails", "23000", 1452)))
                .isFalse();
        assertThat(DatabaseConflicts.isTransient(new IllegalStateException("injected failure")))
                .isFalse();
        assertThat(DatabaseConflicts.isTransient(new BadInputException("sku", "is unknown")))
                .isFalse();
        assertThat(DatabaseConflicts.isTransient(null)).isFalse();
    }

    @Test
    void aConflictReportedAfterTheFirstErrorOfABatchIsFound() {
        SQLException batch = mysql("batch failed", "HY000", 0);
        batch.setNextException(
                mysql("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));

        assertThat(DatabaseConflicts.isTransient(new PersistenceException(batch)))
                .isTrue();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(DatabaseConflicts.isTransient(a)).isFalse();
    }
}
