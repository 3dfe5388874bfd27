package io.gemlink.orders.web;

import io.gemlink.orders.api.CancelRequest;
import io.gemlink.orders.api.LineRejection;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.ShipDateProposal;
import io.gemlink.orders.boundary.DropshipMirroring;
import io.gemlink.orders.boundary.OrderIntake;
import io.gemlink.orders.boundary.OrderLifecycle;
import io.gemlink.orders.boundary.OrderQueries;
import io.gemlink.platform.api.Page;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.Paging;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Orders of the caller's account: channel intake (idempotent), lists, one order, retry of skipped dropship parts,
 * and the lifecycle: a vendor's answer to each line of a dropship order, a cancel by either side, a vendor's proposed
 * ship date and the distributor's answer.
 */
@Path("orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @EJB
    OrderIntake intake;

    @EJB
    OrderQueries queries;

    @EJB
    DropshipMirroring mirroring;

    @EJB
    OrderLifecycle lifecycle;

    @Inject
    CurrentAccount current;

    @POST
    @Operation(
            summary = "Take in a channel order",
            description =
                    "201 with the new order; the same channel + externalId again answers 200 with the same order. "
                            + "Linked lines are mirrored at once into each vendor's dropship order (see dropship).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(
            responseCode = "200",
            description = "already taken in",
            content = @Content(schema = @Schema(ref = "OrderView")))
    public Response place(OrderRequest request) {
        OrderIntake.Placed placed = intake.place(current.id(), request);
        return placed.created()
                ? Response.created(URI.create("orders/" + placed.order().id()))
                        .entity(placed.order())
                        .build()
                : Response.ok(placed.order()).build();
    }

    @GET
    @Operation(
            summary = "The account's orders, newest first",
            description = "needsAction=true: only the caller's orders that wait for it. As a vendor: dropship orders"
                    + " with a line still OPEN (to accept or reject). As a distributor: orders with a proposed ship"
                    + " date not yet answered, or with a vendor part past its acknowledgement deadline that still"
                    + " has an OPEN line (dropship[].overdue).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderPage")))
    @APIResponse(responseCode = "422", description = "unknown channel or status, needsAction not true or false")
    public Page<OrderView> list(
            @QueryParam("channel") String channel,
            @QueryParam("status") String status,
            @QueryParam("needsAction") String needsAction,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.list(current.id(), channel, status, needsAction, Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    public OrderView get(@PathParam("id") long id) {
        return queries.get(current.id(), id);
    }

    @POST
    @Path("{id}/dropship/retry")
    @Operation(summary = "Mirror again the vendor parts that were skipped (e.g. after the vendor chose a status)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    public OrderView retry(@PathParam("id") long id) {
        mirroring.retrySkipped(current.id(), id);
        return queries.get(current.id(), id);
    }

    @POST
    @Path("{id}/lines/{lineNo}/accept")
    @Operation(
            summary = "The vendor accepts a line of a dropship order it received",
            description = "OPEN becomes ACCEPTED; the distributor's line shows it. Accepting an ACCEPTED line again"
                    + " changes nothing (200). A REJECTED, CANCELLED or SHIPPED line: 409. An order that is not a"
                    + " dropship order of the caller (its own channel order): 409; another account's order: 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "404", description = "no such order or line in this account")
    @APIResponse(
            responseCode = "409",
            description = "the line cannot be accepted, or the order is not a dropship order")
    public OrderView accept(@PathParam("id") long id, @PathParam("lineNo") int lineNo) {
        return lifecycle.accept(current.id(), id, lineNo);
    }

    @POST
    @Path("{id}/lines/{lineNo}/reject")
    @Operation(
            summary = "The vendor rejects a line of a dropship order it received",
            description = "An OPEN or ACCEPTED line becomes REJECTED with the reason (note required for OTHER, at most"
                    + " 500 characters; CUSTOMER_REQUEST is not a vendor's reason). Its reserved stock is given back"
                    + " (a backordered line had none). The distributor's line shows the state and the rejection;"
                    + " the distributor order becomes PARTIALLY_REJECTED, or REJECTED once every line is rejected or"
                    + " cancelled; the vendor order CANCELLED once every line is. A line REJECTED, CANCELLED or"
                    + " SHIPPED: 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LineRejection")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "400", description = "reason is not one of the reasons")
    @APIResponse(responseCode = "422", description = "reason missing, note missing for OTHER or too long")
    @APIResponse(responseCode = "404", description = "no such order or line in this account")
    @APIResponse(
            responseCode = "409",
            description = "the line cannot be rejected, or the order is not a dropship order")
    public OrderView reject(@PathParam("id") long id, @PathParam("lineNo") int lineNo, LineRejection rejection) {
        return lifecycle.reject(current.id(), id, lineNo, rejection);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(
            summary = "Cancel an order, or some of its lines",
            description = "lines: line numbers; none: every line. By the owner of an order: each named line not yet"
                    + " shipped becomes CANCELLED at once, on the vendor's dropship order too (its stock given back,"
                    + " the vendor order CANCELLED once every line is cancelled or rejected). By a vendor on a dropship"
                    + " order: the named lines become REJECTED with the reason, and the distributor's lines follow."
                    + " A named line already shipped: 409 with the lines and their shipments, and nothing is"
                    + " cancelled. Lines already cancelled or rejected are left as they are. Both orders show the"
                    + " cancellation (by, reason, note, at).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CancelRequest")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "400", description = "reason is not one of the reasons")
    @APIResponse(responseCode = "422", description = "reason missing, note missing for OTHER, or no such line")
    @APIResponse(responseCode = "404", description = "no such order in this account")
    @APIResponse(
            responseCode = "409",
            description = "a named line has shipped; nothing was cancelled",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "LinesShippedProblem")))
    public OrderView cancel(@PathParam("id") long id, CancelRequest request) {
        return lifecycle.cancel(current.id(), id, request);
    }

    @POST
    @Path("{id}/lines/{lineNo}/propose-date")
    @Operation(
            summary = "The vendor proposes a later ship date for a line of a dropship order it received",
            description = "On an OPEN or ACCEPTED line: shipDate (YYYY-MM-DD, after today in UTC) and a note (at"
                    + " most 500 characters). The line, and the distributor's linked line, show proposedShipDate:"
                    + " {date, note, at, answer: null}; a new proposal replaces an earlier one. The distributor"
                    + " answers with .../proposal/accept or .../proposal/refuse on its order. A REJECTED, CANCELLED"
                    + " or SHIPPED line: 409. An order that is not a dropship order of the caller (its own channel"
                    + " order): 409; another account's order: 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ShipDateProposal")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "422", description = "shipDate missing, not a date, or not after today; note too long")
    @APIResponse(responseCode = "404", description = "no such order or line in this account")
    @APIResponse(
            responseCode = "409",
            description = "the line is closed or shipped, or the order is not a dropship order")
    public OrderView proposeShipDate(
            @PathParam("id") long id, @PathParam("lineNo") int lineNo, ShipDateProposal proposal) {
        return lifecycle.proposeShipDate(current.id(), id, lineNo, proposal);
    }

    @POST
    @Path("{id}/lines/{lineNo}/proposal/accept")
    @Operation(
            summary = "The distributor accepts its vendor's proposed ship date for a line of its order",
            description = "The line stays as it is; proposedShipDate.answer becomes ACCEPTED on both sides. No"
                    + " proposal waiting for an answer (none, answered already, the line closed): 409. On a dropship"
                    + " order (the vendor's side): 409; another account's order: 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "404", description = "no such order or line in this account")
    @APIResponse(
            responseCode = "409",
            description = "no proposal waiting for an answer, or not the distributor's order")
    public OrderView acceptShipDate(@PathParam("id") long id, @PathParam("lineNo") int lineNo) {
        return lifecycle.acceptShipDate(current.id(), id, lineNo);
    }

    @POST
    @Path("{id}/lines/{lineNo}/proposal/refuse")
    @Operation(
            summary = "The distributor refuses its vendor's proposed ship date: the line is cancelled",
            description = "Exactly the distributor's cancel of that line with reason BACKORDER_TOO_LONG: CANCELLED on"
                    + " both sides, the vendor's reserved stock given back, the cancellation recorded on both"
                    + " orders, order.cancelled sent; proposedShipDate.answer becomes REFUSED. No proposal waiting"
                    + " for an answer: 409. On a dropship order (the vendor's side): 409; another account's order:"
                    + " 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "404", description = "no such order or line in this account")
    @APIResponse(
            responseCode = "409",
            description = "no proposal waiting for an answer, or not the distributor's order")
    public OrderView refuseShipDate(@PathParam("id") long id, @PathParam("lineNo") int lineNo) {
        return lifecycle.refuseShipDate(current.id(), id, lineNo);
    }

    /** Documents the 409 of a cancel that names shipped lines. */
    public record LinesShippedProblem(
            String type,
            String title,
            int status,
            String detail,
            java.util.List<io.gemlink.platform.api.FieldError> errors,
            java.util.List<Integer> lines,
            java.util.List<io.gemlink.orders.api.ShipmentView> shipments) {}

    /** Documents a page of orders. */
    public record OrderPage(java.util.List<OrderView> items, int page, int size, long total) {}
}
