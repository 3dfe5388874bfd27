package io.gemlink.tracking.boundary;

import io.gemlink.orders.api.ShippableOrder;
import io.gemlink.orders.api.ShippableOrders;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.FieldError;
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
import java.util.Map;

/**
 * Applies a batch of bulk tracking rows in one transaction of its own, set-based: the batch's orders found in
 * one query, then {@link ShipmentRecorder} and {@link ShipmentPropagation} write the whole batch in a constant
 * number of statements (a 200-row batch costs about twenty, not a dozen per row). A row that fails its checks
 * is refused before it writes anything and the others go on; a good row propagates exactly like a
 * single shipment (which is a batch of one through the same code). The batch counts itself in its job
 * ({@code bulk_job}) in the same transaction, so the job's counters never disagree with the stored shipments,
 * even after a crash. The job row is
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
        // scoped by account: another account's order number is "no such order", like a missing one
        Map<String, ShippableOrder> found = orders.byNumbers(
                accountId,
                rows.stream()
                        .filter(r -> r.unreadable() == null && !blank(r.orderNumber()))
                        .map(r -> r.orderNumber().strip())
                        .toList());
        RowIssue[] issues = new RowIssue[rows.size()];
        List<ShipmentRecorder.Entry> entries = new ArrayList<>();
        List<Integer> entryRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkRow row = rows.get(i);
            if (row.unreadable() != null) {
                issues[i] = row.unreadable();
            } else if (blank(row.orderNumber())) {
                issues[i] = new RowIssue(row.row(), "orderNumber", "is required");
            } else if (!found.containsKey(row.orderNumber().strip())) {
                issues[i] = new RowIssue(
                        row.row(),
                        "orderNumber",
                        "no such order: " + row.orderNumber().strip());
            } else {
                entries.add(
                        new ShipmentRecorder.Entry(found.get(row.orderNumber().strip()), row.request()));
                entryRows.add(i);
            }
        }
        List<ShipmentRecorder.Recorded> recorded = recorder.add(entries);
        ShipmentRecorder.Recorded[] byRow = new ShipmentRecorder.Recorded[rows.size()];
        for (int e = 0; e < entries.size(); e++) {
            byRow[entryRows.get(e)] = recorded.get(e);
        }
        int applied = 0;
        int unchanged = 0;
        List<RowIssue> rejected = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkRow row = rows.get(i);
            ShipmentRecorder.Recorded r = byRow[i];
            if (issues[i] != null) {
                rejected.add(issues[i]);
            } else if (r.isRefused()) {
                FieldError first = r.refused().get(0);
                rejected.add(new RowIssue(row.row(), first.field(), first.message()));
            } else if (!r.created()) {
                unchanged++;
            } else {
                applied++;
                if (r.shipment().isDuplicateNumber()) {
                    warnings.add(new RowIssue(
                            row.row(),
                            "trackingNumber",
                            "already used on another order of this account (stored anyway)"));
                }
            }
        }
        int lastRow = rows.stream().mapToInt(BulkRow::row).max().orElse(0);
        jobs.count(job, rows.size(), lastRow, applied, unchanged, rejected, warnings);
        return new Outcome(applied, unchanged, rejected, warnings);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
