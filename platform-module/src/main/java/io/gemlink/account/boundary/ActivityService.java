package io.gemlink.account.boundary;

import io.gemlink.account.api.ActivityLog;
import io.gemlink.account.api.ActivityView;
import io.gemlink.account.entity.ActivityEntry;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** An account's activity log, newest first. */
@Stateless
@LocalBean
@Local(ActivityLog.class)
public class ActivityService implements ActivityLog {

    @PersistenceContext
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long accountId, String source, String message) {
        em.persist(new ActivityEntry(accountId, Instant.now(), source, message));
    }

    public Page<ActivityView> list(long accountId, PageRequest paging) {
        var items = em
                .createNamedQuery(ActivityEntry.BY_ACCOUNT, ActivityEntry.class)
                .setParameter("accountId", accountId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList()
                .stream()
                .map(ActivityService::view)
                .toList();
        long total = em.createNamedQuery(ActivityEntry.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** One entry of the caller's own log; another account's entry is "not found". */
    public ActivityView get(long accountId, long entryId) {
        ActivityEntry entry = em.find(ActivityEntry.class, entryId);
        if (entry == null || entry.getAccountId() != accountId) {
            throw new NotFoundException("activity entry");
        }
        return view(entry);
    }

    private static ActivityView view(ActivityEntry e) {
        return new ActivityView(e.getId(), e.getOccurredAt(), e.getSource(), e.getMessage());
    }
}
