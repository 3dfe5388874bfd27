package io.gemlink.orders.boundary;

import io.gemlink.orders.api.PartnerOrders;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link PartnerOrders}: dropship orders are the vendor's orders that name their source account. */
@Stateless
public class PartnerOrderCounts implements PartnerOrders {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Long> receivedByVendor(long vendorAccountId, Instant since) {
        return counts(em.createQuery(
                        "SELECT o.sourceAccountId, COUNT(o) FROM SalesOrder o WHERE o.accountId = :account"
                                + " AND o.sourceAccountId IS NOT NULL AND o.createdAt >= :since GROUP BY"
                                + " o.sourceAccountId",
                        Object[].class)
                .setParameter("account", vendorAccountId)
                .setParameter("since", since)
                .getResultList());
    }

    @Override
    public Map<Long, Long> sentByDistributor(long distributorAccountId, Instant since) {
        return counts(em.createQuery(
                        "SELECT o.accountId, COUNT(o) FROM SalesOrder o WHERE o.sourceAccountId = :account"
                                + " AND o.createdAt >= :since GROUP BY o.accountId",
                        Object[].class)
                .setParameter("account", distributorAccountId)
                .setParameter("since", since)
                .getResultList());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }
}
