package io.gemlink.linking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.feeds.api.GrantDirectory;
import io.gemlink.feeds.api.GrantedFeeds;
import io.gemlink.feeds.api.LiveGrant;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.api.RejectedRow;
import io.gemlink.linking.control.FeedClient;
import io.gemlink.linking.control.FeedDownload;
import io.gemlink.linking.control.FeedException;
import io.gemlink.linking.control.FeedIntake;
import io.gemlink.linking.control.FeedLimits;
import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.Pricing;
import io.gemlink.linking.control.RowMapper;
import io.gemlink.linking.control.RunPlan;
import io.gemlink.linking.control.SourceRules;
import io.gemlink.linking.entity.ImportSource;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.outbound.AddressNotAllowedException;
import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.pricing.api.Markup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * "Test connection" on the import source form: fetches the feed the way a run would (an in-network token through its
 * grant, anything else through {@link FeedClient}: allowed addresses only, docs/outbound.md) and validates every row
 * as the first pass of a run does, but writes nothing and records no run. Answers what a run would have found, or
 * why it would fail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open across a download
public class SourceConnectionTester {

    /** A test answers a person waiting on a page: it gives up sooner than a run (whose deadline is minutes). */
    static final Duration TEST_DEADLINE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @EJB
    GrantDirectory grants;

    @EJB
    GrantedFeeds grantedFeeds;

    @EJB
    AccountDirectory accounts;

    @Resource
    ManagedExecutorService validators;

    @Inject
    @ConfigProperties
    LinkingConfig config;

    private AddressRules addressRules;

    @PostConstruct
    void init() {
        addressRules = AddressRules.fromConfig();
    }

    /** What the test found: {@code ok} with the counts and format, or the reason in {@code message}. */
    public record Outcome(
            boolean ok, String message, int rows, int valid, int rejected, String format, List<RejectedRow> sample) {

        static Outcome failed(String message) {
            return new Outcome(false, message, 0, 0, 0, null, List.of());
        }
    }

    /**
     * Tests {@code feedUrl} with {@code token}; an empty token while editing ({@code sourceId} given) means the
     * source's stored one (or its grant, for an in-network source).
     *
     * @throws NotFoundException when {@code sourceId} is not one of the account's sources
     */
    public Outcome test(long accountId, Long sourceId, String feedUrl, String token) {
        String url = feedUrl == null ? "" : feedUrl.strip();
        String key = token == null || token.isBlank() ? null : token.strip();
        Long feedId = null;
        String vendorPublicId = null;
        Long vendorAccountId = null;
        if (key == null && sourceId != null) {
            ImportSource source = em.find(ImportSource.class, sourceId);
            if (source == null || source.getAccountId() != accountId) {
                throw new NotFoundException("import source");
            }
            if (source.isInNetwork()) {
                feedId = source.getFeedId();
                vendorPublicId = source.getVendorPublicId();
                vendorAccountId = source.getVendorAccountId();
            } else {
                key = source.getToken();
            }
        } else if (key != null) {
            Optional<LiveGrant> grant = grants.liveGrantForToken(key, accountId);
            if (grant.isPresent()) {
                feedId = grant.get().feedId();
                vendorPublicId = grant.get().vendorPublicId();
                vendorAccountId = grant.get().vendorAccountId();
            }
        }
        if (feedId == null) {
            if (url.isEmpty()) {
                return Outcome.failed("Feed URL: is required");
            }
            // as saving refuses it: no file:, gopher: or unreadable URL reaches the address check or a client
            if (!SourceRules.isFeedUrl(url)) {
                return Outcome.failed("Feed URL: " + ImportSourceRequest.URL);
            }
            try {
                addressRules.checkUrl(url);
            } catch (AddressNotAllowedException e) {
                return Outcome.failed("Feed URL: " + e.getMessage());
            }
        }
        RunPlan plan = new RunPlan(
                0,
                sourceId == null ? 0 : sourceId,
                accountId,
                url,
                key,
                null,
                new Pricing(Markup.NONE, 0),
                MissingRule.ZERO_STOCK,
                Set.of(),
                null,
                feedId,
                vendorPublicId,
                vendorAccountId,
                null);
        RowMapper mapper = new RowMapper(plan.pricing(), config.defaultCurrency);
        FeedDownload download = null;
        try (FeedIntake intake = new FeedIntake(validators, mapper.checking(), config.sampleLimit)) {
            download = plan.inNetwork()
                    ? GrantedDownload.read(grantedFeeds, plan, intake)
                    : new FeedClient(addressRules, limits()).fetch(url, key, null, null, intake::open);
            FeedIntake.Checked checked = intake.checked();
            var result = checked.result();
            if (download.declaredRows() != null && download.declaredRows() != result.rows()) {
                return Outcome.failed("the feed is truncated: X-Feed-Rows says " + download.declaredRows()
                        + " rows, the body has " + result.rows());
            }
            List<String> notes = new ArrayList<>();
            if (plan.inNetwork()) {
                notes.add("in-network feed of " + vendorPublicId + ", read through its grant");
                if (!accounts.dropshipping(accountId).enabled()) {
                    notes.add("your dropshipping is off: runs set this source's products to 0 until it is on");
                } else if (!accounts.dropshipping(vendorAccountId).enabled()) {
                    notes.add("the vendor's dropshipping is off: runs set this source's products to 0");
                }
            }
            String format = checked.format().name();
            String message = "OK: " + result.rows() + " rows (" + result.valid() + " valid, " + result.rejected()
                    + " rejected), " + format + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + ".";
            return new Outcome(
                    true, message, result.rows(), result.valid(), result.rejected(), format, result.sample());
        } catch (FeedException e) {
            return Outcome.failed(e.getMessage());
        } finally {
            if (download != null) {
                FeedClient.deleteQuietly(download.body());
            }
        }
    }

    private FeedLimits limits() {
        Duration deadline = Duration.ofSeconds(config.downloadDeadlineSeconds);
        Duration read = Duration.ofSeconds(config.readTimeoutSeconds);
        return new FeedLimits(
                Duration.ofSeconds(config.connectTimeoutSeconds),
                read.compareTo(TEST_DEADLINE) < 0 ? read : TEST_DEADLINE,
                deadline.compareTo(TEST_DEADLINE) < 0 ? deadline : TEST_DEADLINE,
                config.maxFeedBytes);
    }
}
