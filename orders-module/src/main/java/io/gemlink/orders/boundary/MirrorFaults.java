package io.gemlink.orders.boundary;

import io.gemlink.orders.entity.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;

/**
 * Fault injection for the crash-recovery test of mirroring, off unless
 * {@code gemlink.orders.test.fail-fresh-mirroring-prefix} is set: then mirroring an order whose
 * external id starts with that prefix fails while the order is younger than 5 seconds — as if the
 * server died between the order's commit and its mirroring — and only the sweep can finish it.
 */
@ApplicationScoped
public class MirrorFaults {

    static final String KEY = "gemlink.orders.test.fail-fresh-mirroring-prefix";

    void beforeMirroring(SalesOrder order) {
        String prefix = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(null);
        if (prefix != null && order.getExternalId() != null && order.getExternalId().startsWith(prefix)
                && order.getCreatedAt().isAfter(Instant.now().minus(Duration.ofSeconds(5)))) {
            throw new IllegalStateException("injected mirroring failure (" + KEY + ")");
        }
    }
}
