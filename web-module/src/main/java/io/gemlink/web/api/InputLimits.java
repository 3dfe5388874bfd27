package io.gemlink.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body each kind of route takes ({@code gemlink.web.*}; defaults in core's
 * microprofile-config.properties): JSON bodies, CSV uploads (API and admin), Shopify webhooks. Also shown on
 * the admin upload pages as {@code #{inputLimits.csvLimit}}.
 */
@Named
@ApplicationScoped
public class InputLimits {

    @Inject
    @ConfigProperty(name = "gemlink.web.max-json-bytes", defaultValue = "10485760")
    long maxJsonBytes;

    @Inject
    @ConfigProperty(name = "gemlink.web.max-csv-bytes", defaultValue = "67108864")
    long maxCsvBytes;

    @Inject
    @ConfigProperty(name = "gemlink.web.max-webhook-bytes", defaultValue = "2097152")
    long maxWebhookBytes;

    /** CSV (and plain text or bytes, which the CSV routes also take) may be large; everything else is JSON's. */
    public long forMediaType(MediaType type) {
        boolean csv = type != null && (type.isCompatible(MediaType.valueOf("text/csv"))
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE)
                || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        return csv && !type.isWildcardType() && !type.isWildcardSubtype() ? maxCsvBytes : maxJsonBytes;
    }

    public long maxJsonBytes() {
        return maxJsonBytes;
    }

    public long maxCsvBytes() {
        return maxCsvBytes;
    }

    public long maxWebhookBytes() {
        return maxWebhookBytes;
    }

    public String getCsvLimit() {
        return readable(maxCsvBytes);
    }

    static String readable(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB"
                : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? bytes / (1 << 10) + " KiB" : bytes + " bytes";
    }
}
