package io.gemlink.tracking.web;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.tracking.api.ShipmentChangeView;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.boundary.ShipmentCorrections;
import io.gemlink.tracking.boundary.ShipmentService;
import io.gemlink.tracking.control.ShipmentEdits;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.JsonRecords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/**
 * Shipments on one of the caller's orders; on a dropship order each one reaches the distributor's order at once, and
 * its corrections and voiding follow there in the same transaction.
 */
@Path("orders/{id}/shipments")
@Tag(name = "Tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @EJB
    ShipmentService shipments;

    @EJB
    ShipmentCorrections corrections;

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

    @PATCH
    @Path("{shipmentId}")
    @Operation(
            summary = "Correct a shipment",
            description = "Send only the fields to change: carrier, trackingNumber, sendDate, extendedField1 (null"
                    + " or \"\" clears it). The shipment as corrected is checked by the same rules as a new one;"
                    + " another field is refused. The distributor's copy follows in the same transaction; each"
                    + " changed field is kept in the shipment's history with its old value, who and when, and"
                    + " shipment.updated is sent to both sides. Nothing changed: 200, no event. Only the account"
                    + " whose order carries the shipment as its own may correct it: the distributor's copy is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ShipmentRequest")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ShipmentDetail")))
    @APIResponse(responseCode = "422", description = "a field is unknown, missing or invalid; nothing changed")
    @APIResponse(
            responseCode = "409",
            description = "the distributor's copy of a vendor's shipment, or the parcel is already on the order")
    @APIResponse(responseCode = "404", description = "no such order or live shipment in this account")
    public ShipmentDetail correct(
            @PathParam("id") long orderId, @PathParam("shipmentId") long shipmentId, JsonObject patch) {
        List<FieldError> unknown = patch.keySet().stream()
                .filter(k -> !ShipmentEdits.FIELDS.contains(k))
                .map(k -> new FieldError(
                        k, "is not a field of a shipment (" + String.join(", ", ShipmentEdits.FIELDS) + ")"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException(unknown);
        }
        return corrections.correct(
                current.id(),
                current.label(),
                orderId,
                shipmentId,
                JsonRecords.read(patch, ShipmentRequest.class),
                patch.keySet());
    }

    @DELETE
    @Path("{shipmentId}")
    @Operation(
            summary = "Void a shipment",
            description = "The shipment (and the distributor's copy) is voided, not deleted: it leaves the order's"
                    + " shipments and keeps its history. When no live shipment is left, the order goes back to its"
                    + " status before it shipped and its shipped lines to ACCEPTED (if accepted) or OPEN, on both"
                    + " sides; shipment.voided is sent to both sides. The parcel may be added again.")
    @APIResponse(responseCode = "204", description = "voided")
    @APIResponse(responseCode = "409", description = "the distributor's copy of a vendor's shipment")
    @APIResponse(responseCode = "404", description = "no such order or live shipment in this account")
    public void voidShipment(@PathParam("id") long orderId, @PathParam("shipmentId") long shipmentId) {
        corrections.voidShipment(current.id(), current.label(), orderId, shipmentId);
    }

    @GET
    @Path("{shipmentId}/history")
    @Operation(
            summary = "A shipment's history",
            description = "Every correction (field, oldValue, newValue) and the voiding (field \"voided\"), with who"
                    + " made it and when, oldest first; also of a voided shipment.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ShipmentChangeList")))
    @APIResponse(responseCode = "404", description = "no such order or shipment in this account")
    public List<ShipmentChangeView> history(@PathParam("id") long orderId, @PathParam("shipmentId") long shipmentId) {
        return corrections.history(current.id(), orderId, shipmentId);
    }
}
