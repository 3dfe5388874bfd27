package io.gemlink.linking.boundary;

import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.control.Schedule;
import io.gemlink.linking.control.SourceRules;
import io.gemlink.linking.control.Views;
import io.gemlink.linking.entity.ImportRun;
import io.gemlink.linking.entity.ImportSource;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;

/**
 * A distributor's import sources: add, change, remove, list. A new source is due at once; a change
 * forgets the feed's ETag, so that the next run re-reads the whole feed under the new rules.
 * Removing a source keeps its linked products in the catalog (no longer updated) and drops its runs.
 */
@Stateless
public class ImportSourceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "gemlink.linking.stale-intervals", defaultValue = "3")
    int staleIntervals;

    public ImportSourceView create(long accountId, ImportSourceRequest request) {
        SourceRules.Settings settings = SourceRules.check(request);
        ImportSource source = new ImportSource(accountId, Instant.now());
        apply(source, settings);
        source.setToken(settings.token() == null || settings.token().isEmpty() ? null : settings.token());
        em.persist(source);
        em.flush();
        return view(source);
    }

    /** Replaces the source's settings; a null token keeps the current one, an empty one removes it. */
    public ImportSourceView change(long accountId, long sourceId, ImportSourceRequest request) {
        SourceRules.Settings settings = SourceRules.check(request);
        ImportSource source = owned(accountId, sourceId);
        apply(source, settings);
        if (settings.token() != null) {
            source.setToken(settings.token().isEmpty() ? null : settings.token());
        }
        source.setEtag(null);
        source.setChangesSince(null); // new rules apply to every product: the next run takes the whole feed
        Instant soonest = Schedule.nextAfter(Instant.now(), settings.everyMinutes());
        if (source.getNextRunAt().isAfter(soonest)) {
            source.setNextRunAt(soonest);
        }
        return view(source);
    }

    public void delete(long accountId, long sourceId) {
        ImportSource source = owned(accountId, sourceId);
        if (source.getClaimedAt() != null) {
            throw new ConflictException("id", "a run of this import source is in progress; remove it when the run has ended");
        }
        em.remove(source);
    }

    public ImportSourceView get(long accountId, long sourceId) {
        return view(owned(accountId, sourceId));
    }

    public Page<ImportSourceView> list(long accountId, PageRequest paging) {
        List<ImportSourceView> items = em.createNamedQuery(ImportSource.BY_ACCOUNT, ImportSource.class)
                .setParameter("accountId", accountId)
                .setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList().stream().map(this::view).toList();
        long total = em.createNamedQuery(ImportSource.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId).getSingleResult();
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
        return Views.source(s, lastRun, staleIntervals, Instant.now());
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
