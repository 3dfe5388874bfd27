package io.gemlink.web;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * web-module's settings (docs/configuration.md): the demo network ({@code gemlink.demo.*}) and the trusted
 * proxies ({@code gemlink.security.trusted-proxies}) and the request body limits ({@code gemlink.web.max-*-bytes},
 * used through {@code web.api.InputLimits}), read once per injection.
 * Boxed fields: a value that does not convert leaves null, and Payara fails the injection instead of
 * silently keeping false.
 */
@ConfigProperties(prefix = "gemlink")
@Dependent
public class WebConfig {

    // create the demo network at start-up if it is missing
    @ConfigProperty(name = "demo.load", defaultValue = "false")
    public Boolean demoLoad;

    // API keys registered for the demo accounts
    @ConfigProperty(name = "demo.vendor-key")
    public Optional<String> demoVendorKey = Optional.empty();

    @ConfigProperty(name = "demo.distributor-key")
    public Optional<String> demoDistributorKey = Optional.empty();

    // where the demo distributor fetches the demo feed
    @ConfigProperty(name = "demo.base-url", defaultValue = "http://localhost:8080")
    public String demoBaseUrl;

    // whose X-Forwarded-For is believed; a comma-separated String: Payara cannot inject Optional<List<String>>
    @ConfigProperty(name = "security.trusted-proxies")
    public Optional<String> trustedProxies = Optional.empty();

    // the largest JSON body, CSV upload and Shopify webhook body (413 above)
    @ConfigProperty(name = "web.max-json-bytes", defaultValue = "10485760")
    public Long maxJsonBytes;

    @ConfigProperty(name = "web.max-csv-bytes", defaultValue = "67108864")
    public Long maxCsvBytes;

    @ConfigProperty(name = "web.max-webhook-bytes", defaultValue = "2097152")
    public Long maxWebhookBytes;
}
