package io.gemlink.orders.web;

import io.gemlink.orders.api.CancelRequest;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.LineReason;
import io.gemlink.orders.api.LineRejection;
import io.gemlink.orders.api.LineState;
import io.gemlink.orders.api.OrderLineView;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.ShipDateProposal;
import io.gemlink.orders.boundary.DropshipMirroring;
import io.gemlink.orders.boundary.OrderLifecycle;
import io.gemlink.orders.boundary.OrderQueries;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.Labels;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One order of the user's account: lines with their state, address, each vendor's part with a retry for skipped
 * ones, and the lifecycle's actions (docs/lifecycle.md): on a dropship order the vendor accepts or rejects each
 * open line and proposes a later ship date; the distributor accepts or refuses a proposed date on its order; either
 * side cancels. Each action calls the boundary method its API route calls, which decides: what the order cannot take
 * is refused with the reason, nothing changed.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    @EJB
    OrderQueries queries;

    @EJB
    DropshipMirroring mirroring;

    @EJB
    OrderLifecycle lifecycle;

    @Inject
    CurrentUser currentUser;

    private long id;
    private OrderView order;

    private Integer rejectLine;
    private LineReason rejectReason;
    private String rejectNote;
    private LineReason cancelReason;
    private String cancelNote;
    private Integer proposeLine;
    private LocalDate proposeDate;
    private String proposeNote;

    /** Loads the order named by ?id=; another account's id is "not found" like a missing one. */
    public void load() {
        order = queries.get(currentUser.accountId(), id);
    }

    /** The value of the lines still on the order (rejected and cancelled ones left out), by its currency. */
    public String getTotal() {
        if (order == null || order.lines() == null) {
            return "";
        }
        BigDecimal sum = order.lines().stream()
                .filter(l -> l.state() == null || !l.state().closed())
                .filter(l -> l.unitPrice() != null)
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Labels.formatMoney(sum, order.currency());
    }

    public void retry() {
        mirroring.retrySkipped(currentUser.accountId(), id);
        load();
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Dropship parts mirrored again.", null));
    }

    public boolean isRetryable() {
        return order != null
                && order.dropship() != null
                && order.dropship().stream().anyMatch(p -> "SKIPPED".equals(p.status()));
    }

    /** Whether this is a dropship order the user's account received as the vendor: its lines are answered here. */
    public boolean isVendorSide() {
        return order != null && order.channel() == Channel.DROPSHIPPING;
    }

    /** A line still open to an answer or a cancel. */
    public boolean isOpen(OrderLineView line) {
        return line.state() == LineState.OPEN || line.state() == LineState.ACCEPTED;
    }

    public boolean isCancellable() {
        return order != null && order.lines().stream().anyMatch(this::isOpen);
    }

    public List<OrderLineView> getOpenLines() {
        return order == null
                ? List.of()
                : order.lines().stream().filter(this::isOpen).toList();
    }

    public void accept(int lineNo) {
        act("Line " + lineNo + " accepted.", () -> lifecycle.accept(currentUser.accountId(), id, lineNo));
    }

    public void reject() {
        if (unchosen(rejectLine, "reject")) {
            return;
        }
        int lineNo = rejectLine;
        if (act(
                "Line " + lineNo + " rejected.",
                () -> lifecycle.reject(
                        currentUser.accountId(), id, lineNo, new LineRejection(rejectReason, rejectNote)))) {
            rejectLine = null;
            rejectNote = null;
        }
    }

    public void cancel() {
        if (act(
                isVendorSide() ? "Order cancelled: its open lines are rejected." : "Order cancelled.",
                () -> lifecycle.cancel(
                        currentUser.accountId(), id, new CancelRequest(cancelReason, cancelNote, null)))) {
            cancelNote = null;
        }
    }

    /** The vendor proposes a later ship date for the chosen line; the service checks the date (after today, UTC). */
    public void propose() {
        if (unchosen(proposeLine, "propose a ship date for")) {
            return;
        }
        int lineNo = proposeLine;
        ShipDateProposal proposal =
                new ShipDateProposal(proposeDate == null ? null : proposeDate.toString(), proposeNote);
        if (act(
                "Ship date " + proposeDate + " proposed for line " + lineNo + ".",
                () -> lifecycle.proposeShipDate(currentUser.accountId(), id, lineNo, proposal))) {
            proposeLine = null;
            proposeDate = null;
            proposeNote = null;
        }
    }

    /** The distributor keeps the line with its vendor's proposed date. */
    public void acceptDate(int lineNo) {
        act(
                "Ship date for line " + lineNo + " accepted.",
                () -> lifecycle.acceptShipDate(currentUser.accountId(), id, lineNo));
    }

    /** The distributor refuses its vendor's proposed date: the service cancels the line. */
    public void refuseDate(int lineNo) {
        act(
                "Ship date for line " + lineNo + " refused: the line is cancelled.",
                () -> lifecycle.refuseShipDate(currentUser.accountId(), id, lineNo));
    }

    /**
     * Whether the distributor is shown the buttons that answer this line's proposed date: one waits for an answer
     * on a line still open. Only what to show; the service decides whether the answer is taken.
     */
    public boolean proposalWaiting(OrderLineView line) {
        return !isVendorSide()
                && line.proposedShipDate() != null
                && line.proposedShipDate().answer() == null
                && isOpen(line);
    }

    public boolean isAnyProposalWaiting() {
        return order != null && order.lines().stream().anyMatch(this::proposalWaiting);
    }

    /** The earliest date the date picker offers: a proposed date must be after today (UTC). */
    public LocalDate getTomorrow() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }

    /** The reasons this side may give: a vendor all but the customer's request. */
    public List<LineReason> getReasons() {
        return Arrays.stream(LineReason.values())
                .filter(r -> !isVendorSide() || r.forVendor())
                .toList();
    }

    /** A reason as the screens say it. */
    public String reasonLabel(LineReason reason) {
        return reason == null ? "" : Labels.label(reason);
    }

    private boolean act(String done, Supplier<OrderView> action) {
        try {
            order = action.get();
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return true;
        } catch (BadInputException e) {
            e.errors().forEach(err -> error(FieldNames.of(err.field()) + ": " + err.message()));
        } catch (ConflictException e) {
            error(e.getMessage());
        }
        load();
        return false;
    }

    /** Says so when no line was chosen for the action. */
    private static boolean unchosen(Integer lineNo, String action) {
        if (lineNo == null) {
            error("Line: choose the line to " + action);
        }
        return lineNo == null;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public OrderView getOrder() {
        return order;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Integer getRejectLine() {
        return rejectLine;
    }

    public void setRejectLine(Integer rejectLine) {
        this.rejectLine = rejectLine;
    }

    public LineReason getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(LineReason rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getRejectNote() {
        return rejectNote;
    }

    public void setRejectNote(String rejectNote) {
        this.rejectNote = rejectNote;
    }

    public LineReason getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(LineReason cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getCancelNote() {
        return cancelNote;
    }

    public void setCancelNote(String cancelNote) {
        this.cancelNote = cancelNote;
    }

    public Integer getProposeLine() {
        return proposeLine;
    }

    public void setProposeLine(Integer proposeLine) {
        this.proposeLine = proposeLine;
    }

    public LocalDate getProposeDate() {
        return proposeDate;
    }

    public void setProposeDate(LocalDate proposeDate) {
        this.proposeDate = proposeDate;
    }

    public String getProposeNote() {
        return proposeNote;
    }

    public void setProposeNote(String proposeNote) {
        this.proposeNote = proposeNote;
    }

    /** The form's words for the fields the lifecycle's errors name. */
    static final class FieldNames {

        private FieldNames() {}

        static String of(String field) {
            return switch (field) {
                case "reason" -> "Reason";
                case "note" -> "Note";
                case "body" -> "Reason";
                case "shipDate" -> "Ship date";
                default -> field.startsWith("lines") ? "Lines" : field;
            };
        }
    }
}
