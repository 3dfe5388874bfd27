package io.gemlink.feeds.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The numbers of the admin's setup checklists about feeds and grants, counted by the database, per account. */
@Stateless
public class FeedStats {

    @PersistenceContext
    EntityManager em;

    /** The feeds the account defined. */
    public long feeds(long accountId) {
        return em.createQuery("SELECT COUNT(f) FROM Feed f WHERE f.accountId = :accountId", Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /** The live (unrevoked) grants of the account's feeds to distributors. */
    public long liveGrantsGiven(long vendorAccountId) {
        return em.createQuery(
                        "SELECT COUNT(g) FROM FeedGrant g WHERE g.accountId = :accountId AND g.revokedAt IS NULL",
                        Long.class)
                .setParameter("accountId", vendorAccountId)
                .getSingleResult();
    }

    /** The live grants of vendors' feeds to the account. */
    public long liveGrantsReceived(long distributorAccountId) {
        return em.createQuery(
                        "SELECT COUNT(g) FROM FeedGrant g WHERE g.distributorAccountId = :accountId"
                                + " AND g.revokedAt IS NULL",
                        Long.class)
                .setParameter("accountId", distributorAccountId)
                .getSingleResult();
    }
}
