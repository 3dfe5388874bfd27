package io.gemlink.orders.boundary;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.gemlink.orders.entity.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fault injection for the contention tests (ContentionIT), off unless its keys are set (./gemlink test sets
 * them; production leaves them unset, and then each hook only reads one missing configuration value):
 * <ul>
 * <li>{@value #CONFLICT_KEY}: the first write of an order whose external id starts with that prefix
 *     fails like a lost deadlock (SQLState 40001, MySQL 1213) after its rows were flushed, once per external
 *     id, so that the test sees the retry, not a 500;</li>
 * <li>{@value #DELAY_KEY}: the first, immediate mirroring of such an order waits {@value #DELAY_MILLIS} ms
 *     before it starts, so that the sweep and {@code POST …/dropship/retry} can race it; and every mirroring
 *     of such an order, once it holds the part, takes {@value #HOLD_MILLIS} ms longer, so that a second
 *     mirroring of the same part would overlap it if the part's row lock did not keep it out.</li>
 * </ul>
 */
@ApplicationScoped
public class ContentionFaults {

    static final String CONFLICT_KEY = "gemlink.orders.test.conflict-once-prefix";
    static final String DELAY_KEY = "gemlink.orders.test.delay-first-mirroring-prefix";
    static final long DELAY_MILLIS = 300;
    static final long HOLD_MILLIS = 50;

    @Inject
    @ConfigProperty(name = CONFLICT_KEY)
    Optional<String> conflictPrefix; // read once, not at every order

    @Inject
    @ConfigProperty(name = DELAY_KEY)
    Optional<String> delayPrefix;

    private final Set<String> conflicted = ConcurrentHashMap.newKeySet();

    void afterOrderWritten(SalesOrder order) {
        if (matches(conflictPrefix, order.getExternalId()) && conflicted.add(order.getExternalId())) {
            throw new PersistenceException(new SQLException("Deadlock found when trying to get lock; try restarting"
                    + " transaction (injected: " + CONFLICT_KEY + ")", "40001", 1213));
        }
    }

    /** Whether this is on at all: spares the caller reading the order when it is not. */
    boolean delaysFirstMirroring() {
        return delayPrefix.isPresent();
    }

    void beforeFirstMirroring(String externalId) {
        if (matches(delayPrefix, externalId)) {
            sleep(DELAY_MILLIS);
        }
    }

    void whileMirroring(String externalId) {
        if (matches(delayPrefix, externalId)) {
            sleep(HOLD_MILLIS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean matches(Optional<String> prefix, String externalId) {
        return externalId != null && prefix.filter(externalId::startsWith).isPresent();
    }
}
