package io.gemlink.it.faults;

import io.gemlink.orders.api.OrderHooks;
import io.gemlink.orders.entity.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The crash before mirroring (DropshipMirroringIT): mirroring an order whose external id starts with
 * {@value #CRASH_ONCE_PREFIX} fails while the order is younger than 5 seconds — as if the server died between
 * the order's commit and its mirroring — and only the sweep can finish it.
 */
@ApplicationScoped
public class MirrorFaults implements OrderHooks {

    public static final String CRASH_ONCE_PREFIX = "crash-once-";

    @Override
    public void mirroring(SalesOrder order) {
        if (Faults.named(CRASH_ONCE_PREFIX, order.getExternalId())
                && order.getCreatedAt().isAfter(Instant.now().minus(Duration.ofSeconds(5)))) {
            throw new IllegalStateException("injected mirroring failure (" + CRASH_ONCE_PREFIX + ")");
        }
    }
}
