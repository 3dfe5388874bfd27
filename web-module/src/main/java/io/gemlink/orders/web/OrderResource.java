package io.gemlink.orders.web;

import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.boundary.DropshipMirroring;
import io.gemlink.orders.boundary.OrderIntake;
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

/** Orders of the caller's account: channel intake (idempotent), lists, one order, retry of skipped dropship parts. */
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
    @Operation(summary = "The account's orders, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "OrderPage")))
    public Page<OrderView> list(
            @QueryParam("channel") String channel,
            @QueryParam("status") String status,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.list(current.id(), channel, status, Paging.of(page, size));
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

    /** Documents a page of orders. */
    public record OrderPage(java.util.List<OrderView> items, int page, int size, long total) {}
}
