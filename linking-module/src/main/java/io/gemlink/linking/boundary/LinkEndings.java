package io.gemlink.linking.boundary;

import io.gemlink.account.api.DropshippingSettingsChanged;
import io.gemlink.feeds.api.FeedDeleted;
import io.gemlink.feeds.api.GrantIssued;
import io.gemlink.feeds.api.GrantRevoked;
import io.gemlink.linking.entity.ImportSource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ending a relationship takes effect at once: when a vendor revokes a grant or deletes a feed, or either
 * side turns dropshipping off, the affected sources' links are checked and, if ended, their products go
 * to quantity 0 now, not at the next scheduled run. A new grant, or a switch turned back on, makes the
 * affected sources due now, and their next run restores the products. If a reaction is lost in a crash,
 * every run and every dropship order checks the link again ({@link SourceLinks}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each source is enforced in its own transaction
public class LinkEndings {

    private static final Logger LOG = Logger.getLogger(LinkEndings.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    SourceLinks links;

    @EJB
    ImportClaims claims;

    @EJB
    ImportTimer timer;

    // AFTER_SUCCESS here and below: never act on a revocation, deletion or switch that was rolled back
    public void onGrantRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) GrantRevoked revoked) {
        enforce(sourcesOfFeed(revoked.feedId(), revoked.distributorAccountId()));
    }

    public void onFeedDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedDeleted deleted) {
        enforce(sourcesOfFeed(deleted.feedId(), null));
    }

    public void onGrantIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) GrantIssued issued) {
        dueNow(sourcesOfFeed(issued.feedId(), issued.distributorAccountId()));
    }

    public void onDropshippingSettingsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) DropshippingSettingsChanged changed) {
        List<Long> affected = new ArrayList<>();
        em.createNamedQuery(ImportSource.IN_NETWORK_OF_ACCOUNT, ImportSource.class)
                .setParameter("accountId", changed.accountId())
                .getResultStream()
                .forEach(s -> affected.add(s.getId()));
        em.createNamedQuery(ImportSource.OF_VENDOR, ImportSource.class)
                .setParameter("vendorAccountId", changed.accountId())
                .getResultStream()
                .forEach(s -> affected.add(s.getId()));
        if (changed.enabled()) {
            dueNow(affected);
        } else {
            enforce(affected);
        }
    }

    private List<Long> sourcesOfFeed(long feedId, Long distributorAccountId) {
        return em.createNamedQuery(ImportSource.BY_FEED, ImportSource.class)
                .setParameter("feedId", feedId)
                .getResultStream()
                .filter(s -> distributorAccountId == null || s.getAccountId() == distributorAccountId)
                .map(ImportSource::getId)
                .toList();
    }

    private void enforce(List<Long> sourceIds) {
        for (long id : sourceIds) {
            try {
                links.enforce(id);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "import source " + id + ": the link could not be checked now; its next run"
                                + " and every order check it again",
                        e);
            }
        }
    }

    private void dueNow(List<Long> sourceIds) {
        if (!sourceIds.isEmpty() && claims.dueNow(sourceIds) > 0) {
            timer.kick();
        }
    }
}
