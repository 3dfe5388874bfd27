/**
 * Order intake and dropship mirroring. {@link io.gemlink.orders.boundary.OrderIntake} takes channel orders
 * (idempotent on channel + external id) and writes each with its dropship parts, the outbox of mirroring,
 * in one transaction ({@link io.gemlink.orders.boundary.OrderWriter}; fires
 * {@link io.gemlink.orders.api.OrderPlaced}). {@link io.gemlink.orders.boundary.DropshipMirroring} observes
 * it after the commit and turns each part into the vendor's dropship order exactly once
 * ({@link io.gemlink.orders.boundary.PartMirror}: the part's row lock, the vendor's stock taken by one
 * conditional UPDATE; fires {@link io.gemlink.catalog.api.StockChanged}); {@link
 * io.gemlink.orders.boundary.MirrorSweep} finishes what is still owed. A transaction that loses a deadlock, a lock
 * wait or an id race is run again ({@link io.gemlink.platform.api.ConflictRetry}). {@link
 * io.gemlink.orders.boundary.DropshipReadiness} decides whether a dropship order may flow between two accounts.
 * {@link io.gemlink.orders.boundary.OrderLifecycle} moves lines after the order was placed: a vendor accepts or
 * rejects the lines of its dropship order, either side cancels ({@link io.gemlink.orders.boundary.LifecycleWriter}:
 * both sides' lines in one transaction, the stock given back through {@link io.gemlink.catalog.api.StockReservations};
 * fires {@link io.gemlink.catalog.api.StockChanged}, {@link io.gemlink.orders.api.OrderLineRejected},
 * {@link io.gemlink.orders.api.OrderCancelled}); a vendor proposes a later ship date and the distributor accepts or
 * refuses it ({@link io.gemlink.orders.boundary.ProposalWriter}, a refusal through the owner's cancel path). {@link
 * io.gemlink.orders.boundary.AcknowledgementTimer} marks the dropship orders left unacknowledged past their
 * vendor's deadline overdue, once ({@link io.gemlink.orders.boundary.AcknowledgementDeadlines}). {@link
 * io.gemlink.orders.boundary.OrderQueries} also lists the orders that need an account's action.
 * {@link io.gemlink.orders.boundary.OrderShipping} is tracking-module's door ({@code ShippableOrders}): it ships
 * lines and moves statuses when shipments are added, and moves them back when they are voided
 * ({@link io.gemlink.orders.control.Unshipping}).
 * {@link io.gemlink.orders.boundary.OrderStats} counts an account's orders for the admin's dashboards (per day and
 * channel, per status, awaiting tracking by age, backordered), in the database (docs/dashboards.md).
 */
package io.gemlink.orders.boundary;
