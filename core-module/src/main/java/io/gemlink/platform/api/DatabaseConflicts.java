package io.gemlink.platform.api;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a transient database conflict — one that the same transaction, run again a moment later, most
 * likely does not meet — from a real failure. It walks the cause chain (EJB, JPA and EclipseLink wrap the
 * driver's exception) and reads SQLState and vendor code:
 * <ul>
 * <li>a deadlock or serialization failure: SQLState {@code 40001} (MySQL/MariaDB 1213, H2 40001), or any
 *     {@link SQLTransactionRollbackException};</li>
 * <li>a lock wait timeout: MySQL/MariaDB 1205, H2 50200 (SQLState {@code HYT00}); H2's concurrent update
 *     of one row, 90131;</li>
 * <li>a duplicate <em>primary</em> key (MySQL/MariaDB 1062 "for key 'PRIMARY'", H2 23505 "PRIMARY KEY ON"):
 *     our primary keys are generated ids, so such a clash is the database handing out an id twice (H2
 *     2.2.224 in MySQL mode did, docs/orders.md), never a second copy of a business fact. A duplicate on a
 *     unique <em>business</em> key (an order's channel and external id) is not transient: it answers the
 *     row already there, and the caller handles it.</li>
 * </ul>
 */
public final class DatabaseConflicts {

    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final int H2_DUPLICATE_KEY = 23505;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private DatabaseConflicts() {}

    public static boolean isTransient(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                return true;
            }
            // a batch reports the statement's own failure after the first one (getNextException)
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = next(s, seen)) {
                if (isTransientItself(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static SQLException next(SQLException s, Set<Throwable> seen) {
        SQLException next = s.getNextException();
        return next != null && seen.add(next) ? next : null;
    }

    private static boolean isTransientItself(SQLException s) {
        String state = s.getSQLState() == null ? "" : s.getSQLState();
        int code = s.getErrorCode();
        String message = s.getMessage() == null ? "" : s.getMessage();
        if (s instanceof SQLTransactionRollbackException || state.equals("40001")) {
            return true; // deadlock victim or serialization failure: the transaction was rolled back
        }
        if (code == MYSQL_DEADLOCK
                || code == MYSQL_LOCK_WAIT_TIMEOUT
                || code == H2_LOCK_TIMEOUT
                || code == H2_CONCURRENT_UPDATE
                || state.equals("HYT00")) {
            return true;
        }
        if (code == MYSQL_DUPLICATE_KEY) {
            // MariaDB: "Duplicate entry '7' for key 'PRIMARY'"; MySQL 8: "... for key 'dropship_part.PRIMARY'"
            return message.matches("(?s).*for key '([^']*\\.)?PRIMARY'.*");
        }
        if (code == H2_DUPLICATE_KEY) {
            // H2: Unique index or primary key violation: "PRIMARY KEY ON public.dropship_part(id) ..."
            return message.contains("PRIMARY KEY ON ");
        }
        return false;
    }
}
