package io.gemlink.it.faults;

import io.gemlink.orders.api.OrderHooks;
import io.gemlink.orders.entity.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contention faults (ContentionIT), by the order's external id:
 * <ul>
 * <li>{@value #CONFLICT_ONCE_PREFIX}: the first write of such an order fails like a lost deadlock (SQLState
 *     40001, MySQL 1213) after its rows were flushed, once per external id, so that the test sees the retry,
 *     not a 500;</li>
 * <li>{@value #RACE_PREFIX}: the first, immediate mirroring of such an order waits {@value #DELAY_MILLIS} ms
 *     before it starts, so that the sweep and {@code POST …/dropship/retry} can race it; and every mirroring
 *     of such an order, once it holds the part, takes {@value #HOLD_MILLIS} ms longer, so that a second
 *     mirroring of the same part would overlap it if the part's row lock did not keep it out.</li>
 * </ul>
 */
@ApplicationScoped
public class ContentionFaults implements OrderHooks {

    public static final String CONFLICT_ONCE_PREFIX = "conflict-once-";
    public static final String RACE_PREFIX = "race-";
    static final long DELAY_MILLIS = 300;
    static final long HOLD_MILLIS = 50;

    private final Set<String> conflicted = ConcurrentHashMap.newKeySet();

    @Override
    public void orderWritten(SalesOrder order) {
        if (Faults.named(CONFLICT_ONCE_PREFIX, order.getExternalId()) && conflicted.add(order.getExternalId())) {
            throw new PersistenceException(new SQLException(
                    "Deadlock found when trying to get lock; try restarting" + " transaction (injected: "
                            + CONFLICT_ONCE_PREFIX + ")",
                    "40001",
                    1213));
        }
    }

    @Override
    public void beforeFirstMirroring(SalesOrder order) {
        if (Faults.named(RACE_PREFIX, order.getExternalId())) {
            Faults.sleep(DELAY_MILLIS);
        }
    }

    @Override
    public void mirroring(SalesOrder order) {
        if (Faults.named(RACE_PREFIX, order.getExternalId())) {
            Faults.sleep(HOLD_MILLIS);
        }
    }
}
