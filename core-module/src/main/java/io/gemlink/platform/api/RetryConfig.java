package io.gemlink.platform.api;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link ConflictRetry}'s numbers, {@code gemlink.retry.*} (docs/configuration.md); boxed as in the other settings. */
@ConfigProperties(prefix = "gemlink.retry")
@Dependent
public class RetryConfig {

    @ConfigProperty(name = "max-retries", defaultValue = "4")
    public Integer maxRetries;

    @ConfigProperty(name = "delay-millis", defaultValue = "50")
    public Long delayMillis;

    @ConfigProperty(name = "jitter-millis", defaultValue = "40")
    public Long jitterMillis;

    @ConfigProperty(name = "max-duration-millis", defaultValue = "10000")
    public Long maxDurationMillis;
}
