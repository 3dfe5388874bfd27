package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.catalog.api.ProductsChanged;
import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.control.LinkingConfig;
import io.gemlink.linking.control.Schedule;
import io.gemlink.linking.control.SourceRules;
import io.gemlink.linking.control.Views;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.platform.outbound.AddressNotAllowedException;
import io.gemlink.platform.outbound.AddressRules;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * A distributor's import sources: add, change, remove, list. A new source is due at once; a change
 * forgets the feed's ETag, so that the next run re-reads the whole feed under the new rules. An external
 * source whose host resolves to an address that is not allowed is refused (422 naming {@code feedUrl}).
 * Whether a source is in-network or external is decided by its token (see {@link SourceLinks}).
 * Removing a source applies its missing-products rule to its products and drops its runs.
 */
@Stateless
public class ImportSourceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperties
    LinkingConfig config;

    @EJB
    SourceLinks links;

    @EJB
    LinkedProducts products;

    private AddressRules addressRules;

    @PostConstruct
    void init() {
        addressRules = AddressRules.fromConfig();
    }

    @Inject
    Event<ProductsChanged> productsChanged;

    public ImportSourceView create(long accountId, ImportSourceRequest request) {
        SourceRules.Settings settings = SourceRules.check(request);
        ImportSource source = new ImportSource(accountId, Instant.now());
        apply(source, settings);
        source.setPaused(Boolean.TRUE.equals(settings.paused()));
        links.bind(source, settings.token());
        checkAddress(source);
        em.persist(source);
        em.flush();
        return view(source);
    }

    /**
     * Replaces the source's settings; a null token keeps the current one (and the source's kind), an empty
     * one removes it; {@code paused} null keeps the current state. Only a change of the rules or the token
     * makes the next run take the whole feed.
     */
    public ImportSourceView change(long accountId, long sourceId, ImportSourceRequest request) {
        SourceRules.Settings settings = SourceRules.check(request);
        ImportSource source = owned(accountId, sourceId);
        String rulesBefore = rules(source);
        apply(source, settings);
        if (settings.paused() != null) {
            source.setPaused(settings.paused());
            if (!settings.paused()) {
                source.setPausedReason(null);
            }
        }
        if (settings.token() != null) {
            links.bind(source, settings.token()); // a new token decides the source's kind anew
        }
        checkAddress(source);
        if (settings.token() != null || !rules(source).equals(rulesBefore)) {
            source.setEtag(null);
            source.setChangesSince(null); // new rules apply to every product: the next run takes the whole feed
        }
        Instant soonest = Schedule.nextAfter(Instant.now(), settings.everyMinutes());
        if (source.getNextRunAt().isAfter(soonest)) {
            source.setNextRunAt(soonest);
        }
        return view(source);
    }

    /**
     * Removes the source; its products follow its missing-products rule first (as if they had left the
     * feed), so nothing stays on sale that no source keeps up to date and no vendor would receive.
     */
    public void delete(long accountId, long sourceId) {
        ImportSource source = owned(accountId, sourceId);
        if (source.getClaimedAt() != null) {
            throw new ConflictException(
                    "id", "a run of this import source is in progress; remove it when the run has ended");
        }
        Instant now = Instant.now();
        List<String> skus =
                products.leaveSource(accountId, sourceId, MissingRule.valueOf(source.getMissingRule()), now);
        if (!skus.isEmpty()) {
            productsChanged.fire(new ProductsChanged(accountId, skus, now));
        }
        em.remove(source);
    }

    public ImportSourceView get(long accountId, long sourceId) {
        return view(owned(accountId, sourceId));
    }

    public Page<ImportSourceView> list(long accountId, PageRequest paging) {
        List<ImportSourceView> items = em
                .createNamedQuery(ImportSource.BY_ACCOUNT, ImportSource.class)
                .setParameter("accountId", accountId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
        long total = em.createNamedQuery(ImportSource.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** The caller's own source (for this module's boundaries); another account's is "not found". */
    public ImportSource owned(long accountId, long sourceId) {
        ImportSource source = em.find(ImportSource.class, sourceId);
        if (source == null || source.getAccountId() != accountId) {
            throw new NotFoundException("import source");
        }
        return source;
    }

    private ImportSourceView view(ImportSource s) {
        ImportRun last = s.getLastRunId() == null ? null : em.find(ImportRun.class, s.getLastRunId());
        ImportRunView lastRun = last == null ? null : Views.run(last, List.of());
        return Views.source(s, lastRun, config.staleIntervals, Instant.now());
    }

    /**
     * An external source's URL may not lead inward (loopback, private networks, this server: see
     * docs/outbound.md); checked again at every connection. An in-network source is never fetched over HTTP.
     */
    private void checkAddress(ImportSource source) {
        if (!source.isInNetwork()) {
            try {
                addressRules.checkUrl(source.getFeedUrl());
            } catch (AddressNotAllowedException e) {
                throw new BadInputException("feedUrl", e.getMessage());
            }
        }
    }

    /** What decides how feed rows become products: a change makes the next run take the whole feed. */
    private static String rules(ImportSource s) {
        return String.join(
                "|",
                s.getFeedUrl(),
                s.getMarkupPercent().stripTrailingZeros().toPlainString(),
                s.getRounding(),
                Integer.toString(s.getStockBuffer()),
                s.getMissingRule(),
                String.valueOf(s.getKeepFields()));
    }

    private static void apply(ImportSource source, SourceRules.Settings settings) {
        source.setFeedUrl(settings.feedUrl());
        source.setEveryMinutes(settings.everyMinutes());
        source.setMarkupPercent(settings.markupPercent());
        source.setRounding(settings.rounding().name());
        source.setStockBuffer(settings.stockBuffer());
        source.setMissingRule(settings.missing().name());
        source.setKeepFields(Views.keepText(settings.keep()));
    }
}
