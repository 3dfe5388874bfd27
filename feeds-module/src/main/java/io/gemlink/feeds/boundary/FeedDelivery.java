package io.gemlink.feeds.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.feeds.api.FeedAccessDenied;
import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.feeds.control.FeedQuery;
import io.gemlink.feeds.control.FeedRules;
import io.gemlink.feeds.control.FeedWriter;
import io.gemlink.feeds.control.PriceRule;
import io.gemlink.feeds.control.ProductRow;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Serves a feed to a distributor holding a grant token: checks the token, answers 304 when the ETag
 * matches, else streams the rows page by page from the database straight into the response, so memory
 * stays constant whatever the catalog size. ETag, row count and rows come from one read-only database
 * transaction and agree with each other. Also renders a vendor's preview of its own feed.
 */
@Stateless
// no container transaction: a long stream must not hold one; FeedQuery runs on its own read transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedDelivery {

    /** Longer than any catalog write transaction (a CSV batch commits in well under this). */
    static final Duration IN_FLIGHT_MARGIN = Duration.ofSeconds(30);

    @Resource(lookup = "java:app/jdbc/gemlink")
    DataSource dataSource;

    @EJB
    FeedService feeds;

    @EJB
    GrantService grants;

    @EJB
    AccountDirectory accounts;

    /**
     * @param format      {@code CSV}, {@code JSON}, {@code XML}, or null for the feed's own format
     * @param since       null for the whole feed, else only what changed or left the feed after it
     * @param ifNoneMatch the request's {@code If-None-Match}, or null
     */
    public void deliver(
            long feedId, String token, String format, Instant since, String ifNoneMatch, FeedResponse response)
            throws IOException {
        if (token == null || token.isBlank()) {
            grants.admit(feedId, token); // refuses: no token
        }
        FeedService.DeliverableFeed feed = feeds.deliverable(feedId).orElseThrow(() -> new NotFoundException("feed"));
        grants.admit(feedId, token);
        serve(feed, format(format, feed.definition()), since, ifNoneMatch, response);
    }

    /**
     * The same answer for an in-network importer inside this deployment: admitted by a live grant of the
     * feed to {@code distributorAccountId} (no token travels), in the feed's own format.
     */
    public void deliverToDistributor(
            long feedId, long distributorAccountId, Instant since, String ifNoneMatch, FeedResponse response)
            throws IOException {
        FeedService.DeliverableFeed feed =
                feeds.deliverable(feedId).orElseThrow(() -> new FeedAccessDenied("the vendor deleted this feed"));
        grants.admit(feedId, distributorAccountId);
        serve(feed, format(null, feed.definition()), since, ifNoneMatch, response);
    }

    private void serve(
            FeedService.DeliverableFeed feed,
            FeedFormat chosen,
            Instant since,
            String ifNoneMatch,
            FeedResponse response)
            throws IOException {
        String vendor = accounts.get(feed.accountId()).publicId();
        Instant generatedAt = generatedAt();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // one snapshot for ETag, count and rows
            try {
                FeedQuery query = query(c, feed, since);
                // the version, not updatedAt: stored times may have whole seconds only
                String etag = query.etag(feed.id() + "|" + feed.version() + "|" + chosen);
                if (matches(ifNoneMatch, etag)) {
                    response.notModified(quoted(etag));
                } else {
                    OutputStream out =
                            response.ok(quoted(etag), query.count(), vendor, generatedAt, chosen.contentType());
                    write(query, feed.definition(), chosen, vendor, generatedAt, Long.MAX_VALUE, out);
                }
            } finally {
                c.rollback(); // read only: nothing to keep
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("feed " + feed.id() + " could not be read", e);
        }
    }

    /** The first {@code limit} rows a distributor would receive, in the feed's JSON form. */
    public String preview(long accountId, long feedId, int limit) {
        feeds.owned(accountId, feedId);
        return render(feeds.deliverable(feedId).orElseThrow(() -> new NotFoundException("feed")), limit);
    }

    /** The same for a definition not saved yet: the feed builder's live preview. */
    public String preview(long accountId, FeedDefinition draft, int limit) {
        return render(new FeedService.DeliverableFeed(0, accountId, FeedRules.check(draft), Instant.EPOCH, 0), limit);
    }

    private String render(FeedService.DeliverableFeed feed, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = dataSource.getConnection()) {
            write(
                    query(c, feed, null),
                    feed.definition(),
                    FeedFormat.JSON,
                    accounts.get(feed.accountId()).publicId(),
                    generatedAt(),
                    Math.max(1, Math.min(limit, 500)),
                    out);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("preview of feed " + feed.id() + " failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FeedQuery query(Connection c, FeedService.DeliverableFeed feed, Instant since) {
        PriceRule pricing = FeedRules.priceRule(feed.definition().pricing());
        return new FeedQuery(
                c,
                feed.accountId(),
                feed.definition().filter(),
                pricing,
                since,
                feed.updatedAt(),
                feed.definition().fields());
    }

    /**
     * The answer's {@code generatedAt}, which an importer may pass as its next {@code since}: taken
     * before the snapshot and set back by {@link #IN_FLIGHT_MARGIN}, so that a write whose
     * {@code updatedAt} was stamped before the snapshot but committed after it is not missed by the
     * next {@code since} fetch (it may come twice; importers treat an unchanged row as unchanged).
     */
    private static Instant generatedAt() {
        return Instant.now().minus(IN_FLIGHT_MARGIN).truncatedTo(ChronoUnit.MILLIS);
    }

    private static void write(
            FeedQuery query,
            FeedDefinition d,
            FeedFormat format,
            String vendor,
            Instant generatedAt,
            long limit,
            OutputStream out)
            throws IOException, SQLException {
        PriceRule pricing = FeedRules.priceRule(d.pricing());
        try (FeedWriter writer = FeedWriter.of(format, out, d.fields())) {
            writer.begin(vendor, generatedAt);
            query.rows(limit, new FeedQuery.RowSink() {
                @Override
                public void product(ProductRow row) throws Exception {
                    BigDecimal price = pricing.apply(row.cost(), row.price());
                    if (row.inFeed() && price != null) {
                        writer.product(row, price);
                    } else {
                        writer.removed(row.sku(), row.updatedAt());
                    }
                }

                @Override
                public void removed(String sku, Instant removedAt) throws Exception {
                    writer.removed(sku, removedAt);
                }
            });
            writer.end();
        } catch (IOException | SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the feed could not be written", e);
        }
    }

    private static FeedFormat format(String asked, FeedDefinition d) {
        String value =
                asked == null || asked.isBlank() ? d.format() : asked.trim().toUpperCase(Locale.ROOT);
        try {
            return FeedFormat.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("format", "must be one of " + Arrays.toString(FeedFormat.values()));
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(t -> t.trim().replaceFirst("^W/", "").replace("\"", ""))
                .anyMatch(t -> t.equals(etag) || t.equals("*"));
    }

    private static String quoted(String etag) {
        return "\"" + etag + "\"";
    }
}
