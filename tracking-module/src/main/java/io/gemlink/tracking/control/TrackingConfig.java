package io.gemlink.tracking.control;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * tracking-module's settings, {@code gemlink.tracking.*} (docs/features.md: bulk tracking and webhooks), read
 * once per injection. The test-only switch ({@code gemlink.tracking.test.*}) is not a setting and stays out.
 * Boxed fields: a value that does not convert leaves null, and Payara fails the injection instead of
 * silently keeping 0.
 */
@ConfigProperties(prefix = "gemlink.tracking")
@Dependent
public class TrackingConfig {

    // rows of a bulk job per transaction
    @ConfigProperty(name = "bulk.batch-size", defaultValue = "500")
    public Integer bulkBatchSize;

    // a RUNNING job without a heartbeat this long is over
    @ConfigProperty(name = "bulk.stale-seconds", defaultValue = "120")
    public Integer bulkStaleSeconds;

    // row issues kept per job
    @ConfigProperty(name = "bulk.kept-issues", defaultValue = "1000")
    public Integer bulkKeptIssues;

    // finished jobs are kept this long...
    @ConfigProperty(name = "bulk.keep-days", defaultValue = "30")
    public Integer bulkKeepDays;

    // ...and at most this many per account
    @ConfigProperty(name = "bulk.keep-per-account", defaultValue = "100")
    public Integer bulkKeepPerAccount;

    // this server instance, recorded on the jobs it runs (ServerStart)
    @ConfigProperty(name = "bulk.instance")
    public Optional<String> bulkInstance = Optional.empty();

    // connecting to a receiver
    @ConfigProperty(name = "webhook.connect-timeout-seconds", defaultValue = "5")
    public Long webhookConnectTimeoutSeconds;

    // a whole webhook attempt
    @ConfigProperty(name = "webhook.request-timeout-seconds", defaultValue = "10")
    public Long webhookRequestTimeoutSeconds;

    // a failed attempt waits, doubling, before the next...
    @ConfigProperty(name = "webhook.backoff-seconds", defaultValue = "10")
    public Long webhookBackoffSeconds;

    // ...at most this long...
    @ConfigProperty(name = "webhook.max-backoff-minutes", defaultValue = "60")
    public Long webhookMaxBackoffMinutes;

    // ...until the last
    @ConfigProperty(name = "webhook.max-attempts", defaultValue = "8")
    public Integer webhookMaxAttempts;
}
