package io.gemlink.web.api;

import io.gemlink.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The largest request body each kind of route takes ({@code gemlink.web.*}; defaults in core's
 * microprofile-config.properties): JSON bodies, CSV uploads (API and admin), Shopify webhooks. Also shown on
 * the admin upload pages as {@code #{inputLimits.csvLimit}}.
 */
@Named
@ApplicationScoped
public class InputLimits {

    @Inject
    @ConfigProperties
    WebConfig config;

    /** CSV (and plain text or bytes, which the CSV routes also take) may be large; everything else is JSON's. */
    public long forMediaType(MediaType type) {
        boolean csv = type != null
                && (type.isCompatible(MediaType.valueOf("text/csv"))
                        || type.isCompatible(MediaType.TEXT_PLAIN_TYPE)
                        || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        return csv && !type.isWildcardType() && !type.isWildcardSubtype() ? config.maxCsvBytes : config.maxJsonBytes;
    }

    public long maxCsvBytes() {
        return config.maxCsvBytes;
    }

    public long maxWebhookBytes() {
        return config.maxWebhookBytes;
    }

    public String getCsvLimit() {
        return readable(config.maxCsvBytes);
    }

    static String readable(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0
                ? bytes / (1 << 20) + " MiB"
                : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? bytes / (1 << 10) + " KiB" : bytes + " bytes";
    }
}
