package io.gemlink.feeds.control;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * feeds-module's settings, {@code gemlink.feeds.*} (docs/configuration.md), read once per injection.
 * Boxed fields: a value that does not convert leaves null, and Payara fails the injection instead of
 * silently keeping 0.
 */
@ConfigProperties(prefix = "gemlink.feeds")
@Dependent
public class FeedsConfig {

    // catalog CSV rows per transaction
    @ConfigProperty(name = "import-batch-size", defaultValue = "1000")
    public Integer importBatchSize;

    // catalog CSV batches written at once, each on its own connection (batches that share a SKU never overlap)
    @ConfigProperty(name = "import-writers", defaultValue = "2")
    public Integer importWriters;
}
