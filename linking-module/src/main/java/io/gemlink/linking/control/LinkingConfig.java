package io.gemlink.linking.control;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * linking-module's settings, {@code gemlink.linking.*} (docs/configuration.md, docs/linking.md):
 * MicroProfile Config reads them once per injection, like a {@code @ConfigProperty} field.
 * Boxed fields: a value that does not convert leaves null, and Payara fails the injection instead of
 * silently keeping 0.
 */
@ConfigProperties(prefix = "gemlink.linking")
@Dependent
public class LinkingConfig {

    // fetching an external feed
    @ConfigProperty(name = "connect-timeout-seconds", defaultValue = "10")
    public Integer connectTimeoutSeconds;

    // the longest silence of a feed
    @ConfigProperty(name = "read-timeout-seconds", defaultValue = "60")
    public Integer readTimeoutSeconds;

    // a whole external feed download
    @ConfigProperty(name = "download-deadline-seconds", defaultValue = "900")
    public Integer downloadDeadlineSeconds;

    // an external feed body
    @ConfigProperty(name = "max-feed-bytes", defaultValue = "1073741824")
    public Long maxFeedBytes;

    // linked products written per transaction
    @ConfigProperty(name = "batch-size", defaultValue = "1000")
    public Integer batchSize;

    // a feed below this share of the last good count skips removals
    @ConfigProperty(name = "suspicious-fraction", defaultValue = "0.5")
    public Double suspiciousFraction;

    // rejected rows kept per run
    @ConfigProperty(name = "rejected-sample", defaultValue = "100")
    public Integer sampleLimit;

    // currency of rows that name none
    @ConfigProperty(name = "default-currency", defaultValue = "USD")
    public String defaultCurrency;

    // a source is stale after this many intervals without a good run
    @ConfigProperty(name = "stale-intervals", defaultValue = "3")
    public Integer staleIntervals;

    // sweeps started by vendors' changes start at least this far apart
    @ConfigProperty(name = "kick-gap-millis", defaultValue = "1000")
    public Long kickGapMillis;

    // between whole-feed runs a source fetches only the changes
    @ConfigProperty(name = "full-run-hours", defaultValue = "24")
    public Integer fullRunHours;

    // a crashed run's claim expires
    @ConfigProperty(name = "claim-expiry-minutes", defaultValue = "5")
    public Integer claimExpiryMinutes;
}
