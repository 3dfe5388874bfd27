package io.gemlink.orders.boundary;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;
import io.gemlink.orders.entity.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;

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

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> prefix; // read once, not at every mirroring

    void beforeMirroring(SalesOrder order) {
        if (prefix.isPresent() && order.getExternalId() != null && order.getExternalId().startsWith(prefix.get())
                && order.getCreatedAt().isAfter(Instant.now().minus(Duration.ofSeconds(5)))) {
            throw new IllegalStateException("injected mirroring failure (" + KEY + ")");
        }
    }
}
