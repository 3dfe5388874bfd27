package io.gemlink.web.demo;

import io.gemlink.account.boundary.AccountService;
import io.gemlink.account.boundary.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the demo network at start-up when {@code gemlink.demo.load} is true (the run command sets
 * it): a jewelry vendor and a distributor, both with dropshipping on, each with a login and the API
 * key given in configuration. Loads only what is missing, so a restart keeps the data as it was.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call is its own transaction
public class DemoNetwork {

    public static final String VENDOR_EMAIL = "vendor@demo.gemlink.io";
    public static final String DISTRIBUTOR_EMAIL = "distributor@demo.gemlink.io";
    public static final String PASSWORD = "demo-password";
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @EJB
    AccountService accounts;

    @EJB
    SettingsService settings;

    @Inject
    @ConfigProperty(name = "gemlink.demo.load", defaultValue = "false")
    boolean load;

    @Inject
    @ConfigProperty(name = "gemlink.demo.vendor-key")
    Optional<String> vendorKey;

    @Inject
    @ConfigProperty(name = "gemlink.demo.distributor-key")
    Optional<String> distributorKey;

    @PostConstruct
    void loadIfAsked() {
        if (!load) {
            return;
        }
        ensure("Valentina Gold", VENDOR_EMAIL, vendorKey, "PROCESSING");
        ensure("Northstar Boutique", DISTRIBUTOR_EMAIL, distributorKey, null);
        LOG.info("Demo network ready: " + VENDOR_EMAIL + " and " + DISTRIBUTOR_EMAIL);
    }

    private void ensure(String name, String email, Optional<String> apiKey, String vendorStatus) {
        long accountId = accounts.findUserByEmail(email)
                .map(AccountService.UserView::accountId)
                .orElseGet(() -> {
                    long id = accounts.signup(name, email, PASSWORD).account().id();
                    settings.changeDropshipping(id, true, vendorStatus);
                    return id;
                });
        apiKey.ifPresent(key -> accounts.addApiKeyIfAbsent(accountId, key));
    }
}
