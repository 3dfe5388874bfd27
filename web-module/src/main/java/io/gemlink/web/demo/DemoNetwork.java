package io.gemlink.web.demo;

import io.gemlink.account.boundary.AccountService;
import io.gemlink.account.boundary.ApiKeyService;
import io.gemlink.account.boundary.SettingsService;
import io.gemlink.catalog.boundary.CatalogImportService;
import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedFilter;
import io.gemlink.feeds.api.FeedPricingRule;
import io.gemlink.feeds.boundary.FeedService;
import io.gemlink.feeds.boundary.GrantService;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.PriceRule;
import io.gemlink.linking.boundary.ImportRunService;
import io.gemlink.linking.boundary.ImportSourceService;
import io.gemlink.web.WebConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Loads the demo network at start-up when {@code gemlink.demo.load} is true (the run command sets
 * it): the jewelry vendor <em>Valentina Gold</em> with a real-looking catalog (rings in sizes 5 to 9,
 * earrings, necklaces, pendants, bracelets, a bridal set, certified loose stones) and its own pictures, a feed
 * granted to the distributor <em>Northstar Boutique</em>, and the distributor's import source of that feed,
 * first run shortly after start-up, when the server answers HTTP. Both accounts have dropshipping on,
 * a login, and the API key given in configuration. Loads only what is missing, so a restart keeps the
 * data as it was.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call is its own transaction
public class DemoNetwork {

    public static final String VENDOR_EMAIL = "vendor@demo.gemlink.io";
    public static final String DISTRIBUTOR_EMAIL = "distributor@demo.gemlink.io";
    public static final String PASSWORD = "demo-password";
    /** Stands for the demo's base URL in the catalog's image URLs. */
    static final String IMAGES_BASE = "{demo}";

    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @EJB
    AccountService accounts;

    @EJB
    ApiKeyService apiKeys;

    @EJB
    SettingsService settings;

    @EJB
    CatalogImportService catalogImport;

    @EJB
    FeedService feeds;

    @EJB
    GrantService grants;

    @EJB
    ImportSourceService importSources;

    @EJB
    ImportRunService importRuns;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperties
    WebConfig config;

    // on the method too: Payara runs a singleton's @PostConstruct in a transaction of its own (REQUIRED)
    // whatever the class says, and the catalog batches (REQUIRES_NEW) then could not see the accounts
    // created in it: a fresh demo vendor got no products (foreign key refused)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadIfAsked() {
        if (!config.demoLoad) {
            return;
        }
        long vendor = ensure("Valentina Gold", VENDOR_EMAIL, config.demoVendorKey, "PROCESSING");
        long distributor = ensure("Northstar Boutique", DISTRIBUTOR_EMAIL, config.demoDistributorKey, null);
        if (feeds.list(vendor).isEmpty()) { // also when accounts came from an older demo without a catalog
            long source = share(vendor, distributor);
            // the feed is fetched over HTTP, which answers only once deployment is complete
            timers.createSingleActionTimer(15_000, new TimerConfig(new long[] {distributor, source}, false));
        }
        LOG.info("Demo network ready: " + VENDOR_EMAIL + " and " + DISTRIBUTOR_EMAIL);
    }

    @Timeout
    void firstImport(Timer timer) {
        long[] ids = (long[]) timer.getInfo();
        importRuns.runNow(ids[0], ids[1]);
    }

    private long ensure(String name, String email, Optional<String> apiKey, String vendorStatus) {
        long accountId = accounts.findUserByEmail(email)
                .map(AccountService.UserView::accountId)
                .orElseGet(() -> {
                    long id = accounts.open(name, email, PASSWORD).account().id();
                    settings.changeDropshipping(id, true, vendorStatus);
                    return id;
                });
        apiKey.ifPresent(key -> apiKeys.addIfAbsent(accountId, key, "demo"));
        return accountId;
    }

    /**
     * The demo catalog, its pictures at this server: the CSV names them {@code {demo}/demo/images/…} (drawn by
     * web-module/src/demo-images/generate.py, served from the WAR's {@code /demo/images/}), so that the demo shows
     * its own pictures without the internet.
     */
    InputStream catalog() throws IOException {
        try (InputStream csv = DemoNetwork.class.getResourceAsStream("valentina-gold-catalog.csv")) {
            String text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
            String base = config.demoBaseUrl.endsWith("/")
                    ? config.demoBaseUrl.substring(0, config.demoBaseUrl.length() - 1)
                    : config.demoBaseUrl;
            return new ByteArrayInputStream(text.replace(IMAGES_BASE, base).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Vendor catalog → feed → grant → the distributor's import source; answers the source id. */
    private long share(long vendor, long distributor) {
        try (InputStream csv = catalog()) {
            catalogImport.importCsv(vendor, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long feed = feeds.create(
                        vendor,
                        new FeedDefinition(
                                "Boutiques: full catalog",
                                "JSON",
                                List.of(
                                        "title",
                                        "description",
                                        "category",
                                        "brand",
                                        "metal",
                                        "purity",
                                        "metalColor",
                                        "metalWeightGrams",
                                        "stones",
                                        "totalCaratWeight",
                                        "images",
                                        "barcode",
                                        "currency",
                                        "variantGroup",
                                        "size",
                                        "tags"),
                                new FeedFilter(
                                        List.of(), List.of(), List.of(), List.of(), List.of(), null, null, false),
                                new FeedPricingRule("COST", new BigDecimal("60"), "NINETY_NINE")))
                .id();
        String distributorPublicId = accounts.get(distributor).publicId();
        String token = grants.grant(vendor, feed, distributorPublicId).token();
        String feedUrl = config.demoBaseUrl + "/feeds/" + feed;
        return importSources
                .create(
                        distributor,
                        new ImportSourceRequest(
                                feedUrl,
                                token,
                                15,
                                new PriceRule(new BigDecimal("35"), "NINETY_NINE"),
                                1,
                                "ZERO_STOCK",
                                List.of(),
                                null))
                .id();
    }
}
