package io.gemlink.tracking.boundary;

import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.BulkRow;
import io.gemlink.tracking.api.RowIssue;
import io.gemlink.tracking.control.ShipmentRecorder;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a batch of bulk tracking rows in one transaction of its own. A row that fails its checks
 * is refused before it writes anything and the others go on; a good row propagates exactly like a
 * single shipment. An unexpected failure rolls the batch back, and {@link BulkTracking} then retries
 * its rows one by one.
 */
@Stateless
public class BulkChunk {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShipmentRecorder recorder;

    /** What one batch did. */
    public record Outcome(int applied, int unchanged, List<RowIssue> rejected, List<RowIssue> warnings) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome apply(long accountId, List<BulkRow> rows) {
        int applied = 0;
        int unchanged = 0;
        List<RowIssue> rejected = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        for (BulkRow row : rows) {
            if (row.unreadable() != null) {
                rejected.add(row.unreadable());
                continue;
            }
            if (row.orderNumber() == null || row.orderNumber().isBlank()) {
                rejected.add(new RowIssue(row.row(), "orderNumber", "is required"));
                continue;
            }
            Optional<SalesOrder> order = order(accountId, row.orderNumber().strip());
            if (order.isEmpty()) {
                rejected.add(new RowIssue(row.row(), "orderNumber", "no such order: " + row.orderNumber().strip()));
                continue;
            }
            try {
                ShipmentRecorder.Recorded recorded = recorder.add(order.get(), row.request());
                if (!recorded.created()) {
                    unchanged++;
                    continue;
                }
                applied++;
                if (recorded.shipment().isDuplicateNumber()) {
                    warnings.add(new RowIssue(row.row(), "trackingNumber",
                            "already used on another order of this account (stored anyway)"));
                }
            } catch (BadInputException e) {
                e.errors().stream().findFirst()
                        .ifPresent(err -> rejected.add(new RowIssue(row.row(), err.field(), err.message())));
            }
        }
        return new Outcome(applied, unchanged, rejected, warnings);
    }

    private Optional<SalesOrder> order(long accountId, String number) {
        // scoped by account: another account's order number is "no such order", like a missing one
        return em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :number AND o.accountId = :accountId",
                        SalesOrder.class)
                .setParameter("number", number).setParameter("accountId", accountId).getResultStream().findFirst();
    }
}
