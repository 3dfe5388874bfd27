package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.tracking.api.BulkRow;
import io.gemlink.tracking.api.RowIssue;
import io.gemlink.tracking.control.ShipmentRecorder;
import io.gemlink.tracking.entity.BulkJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a batch of bulk tracking rows in one transaction of its own. A row that fails its checks
 * is refused before it writes anything and the others go on; a good row propagates exactly like a
 * single shipment. The batch counts itself in its job ({@code bulk_job}) in the same transaction, so
 * the job's counters never disagree with the stored shipments, even after a crash. The job row is
 * locked first: a job already marked interrupted takes no more rows. An unexpected failure rolls the
 * batch back, counters included, and {@link BulkTracking} then retries its rows one by one.
 */
@Stateless
public class BulkChunk {

    @Inject
    ShipmentRecorder recorder;

    @EJB
    ShippableOrders orders;

    @EJB
    BulkJobs jobs;

    /** What one batch did. */
    public record Outcome(int applied, int unchanged, List<RowIssue> rejected, List<RowIssue> warnings) {}

    /** @throws ConflictException when the job no longer runs (marked interrupted): nothing of the batch is written */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome apply(String jobId, long accountId, List<BulkRow> rows) {
        BulkJob job = jobs.lockRunning(jobId)
                .orElseThrow(() -> new ConflictException(
                        "id", "this bulk upload was marked interrupted (its server looked stopped); see its report"));
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
            // scoped by account: another account's order number is "no such order", like a missing one
            Optional<ShippableOrder> order =
                    orders.byNumber(accountId, row.orderNumber().strip());
            if (order.isEmpty()) {
                rejected.add(new RowIssue(
                        row.row(),
                        "orderNumber",
                        "no such order: " + row.orderNumber().strip()));
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
                    warnings.add(new RowIssue(
                            row.row(),
                            "trackingNumber",
                            "already used on another order of this account (stored anyway)"));
                }
            } catch (BadInputException e) {
                e.errors().stream()
                        .findFirst()
                        .ifPresent(err -> rejected.add(new RowIssue(row.row(), err.field(), err.message())));
            }
        }
        int lastRow = rows.stream().mapToInt(BulkRow::row).max().orElse(0);
        jobs.count(job, rows.size(), lastRow, applied, unchanged, rejected, warnings);
        return new Outcome(applied, unchanged, rejected, warnings);
    }
}
