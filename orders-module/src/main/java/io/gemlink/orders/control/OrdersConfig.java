package io.gemlink.orders.control;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * orders-module's settings, {@code gemlink.orders.*} (docs/configuration.md, docs/orders.md), read
 * once per injection. The test-only switches ({@code gemlink.orders.test.*}) are not settings and stay out.
 * Boxed fields: a value that does not convert leaves null, and Payara fails the injection instead of
 * silently keeping 0.
 */
@ConfigProperties(prefix = "gemlink.orders")
@Dependent
public class OrdersConfig {

    // a dropship part still owed this long is finished by the sweep
    @ConfigProperty(name = "mirror.sweep-after-seconds", defaultValue = "10")
    public Integer sweepAfterSeconds;

    // the sweep looks this often
    @ConfigProperty(name = "mirror.sweep-every-seconds", defaultValue = "10")
    public Integer sweepEverySeconds;

    // a failed mirroring waits, doubling, before the next attempt...
    @ConfigProperty(name = "mirror.backoff-seconds", defaultValue = "10")
    public Integer backoffSeconds;

    // ...at most this long...
    @ConfigProperty(name = "mirror.max-backoff-minutes", defaultValue = "30")
    public Integer maxBackoffMinutes;

    // ...and is SKIPPED after the last
    @ConfigProperty(name = "mirror.max-attempts", defaultValue = "12")
    public Integer maxAttempts;

    // the acknowledgement deadline timer looks for dropship orders past their deadline this often
    @ConfigProperty(name = "acknowledge.check-every-seconds", defaultValue = "60")
    public Integer acknowledgeCheckEverySeconds;
}
