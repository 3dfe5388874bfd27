package io.gemlink.tracking.web;

import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.boundary.ShipmentService;
import io.gemlink.web.api.CurrentAccount;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shipments on one of the caller's orders; on a dropship order each one reaches the distributor's order at once. */
@Path("orders/{id}/shipments")
@Tag(name = "Tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @EJB
    ShipmentService shipments;

    @Inject
    CurrentAccount current;

    @POST
    @Operation(
            summary = "Add a shipment (tracking) to an order",
            description =
                    "carrier (GET /carriers), trackingNumber (checked against the carrier's format and check digit; "
                            + "OTHER takes any 1-64 characters) and sendDate (YYYY-MM-DD, at most 3 days ahead, not"
                            + " before the day "
                            + "before the order) are required; extendedField1 is optional. On a vendor's dropship"
                            + " order the "
                            + "distributor's order gets the same shipment in the same transaction; the vendor order"
                            + " becomes SHIPPED, "
                            + "the distributor order SHIPPED once every vendor part shipped, else PARTIALLY_SHIPPED."
                            + " A number already "
                            + "used on another order of the account is stored with duplicateNumber=true and a"
                            + " warning. The same "
                            + "carrier and number again on the same order answers 200 with the existing shipment.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ShipmentRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "ShipmentDetail")))
    @APIResponse(
            responseCode = "200",
            description = "already on the order",
            content = @Content(schema = @Schema(ref = "ShipmentDetail")))
    @APIResponse(responseCode = "422", description = "a field is missing or invalid; nothing stored")
    @APIResponse(responseCode = "404", description = "no such order in this account")
    public Response add(@PathParam("id") long orderId, ShipmentRequest request) {
        ShipmentService.Added added = shipments.add(current.id(), orderId, request);
        return added.created()
                ? Response.created(URI.create("orders/" + orderId + "/shipments/"
                                + added.shipment().id()))
                        .entity(added.shipment())
                        .build()
                : Response.ok(added.shipment()).build();
    }

    @GET
    @Operation(summary = "The order's shipments, oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ShipmentList")))
    public List<ShipmentDetail> list(@PathParam("id") long orderId) {
        return shipments.list(current.id(), orderId);
    }
}
