package io.gemlink.tracking.web;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.BulkResult;
import io.gemlink.tracking.api.BulkRow;
import io.gemlink.tracking.boundary.BulkTracking;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.JsonRecords;
import io.gemlink.web.api.MalformedInput;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Bulk tracking: many shipments at once, by JSON array or CSV, row by row. */
@Path("shipments")
@Tag(name = "Tracking")
@Produces(MediaType.APPLICATION_JSON)
public class BulkTrackingResource {

    @EJB
    BulkTracking bulk;

    @Inject
    CurrentAccount current;

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add shipments in bulk (JSON)",
            description = "A JSON array of {orderNumber, carrier, trackingNumber, sendDate, extendedField1}; orderNumber is "
                    + "one of the caller's orders. Applied row by row in batches, each batch its own transaction: good rows "
                    + "apply and propagate like single shipments; bad rows come back in rejected with row (1-based position "
                    + "in the array), field and message. Repeats of a shipment already on the order count as unchanged.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkShipmentList")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "BulkResult")))
    public BulkResult json(JsonValue body) {
        if (!(body instanceof JsonArray array)) {
            throw new BadInputException("body", "must be a JSON array of shipments");
        }
        if (array.isEmpty()) {
            throw new BadInputException("body", "holds no shipments");
        }
        List<BulkRow> rows = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            rows.add(row(i + 1, array.get(i)));
        }
        return bulk.apply(current.id(), rows);
    }

    @POST
    @Path("bulk")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add shipments in bulk (CSV)",
            description = "UTF-8 CSV with the header orderNumber,carrier,trackingNumber,sendDate,extendedField1 "
                    + "(extendedField1 may be left out). Streamed; same rules and answer as the JSON form, row = line "
                    + "number (the header is row 1).")
    // both forms on both methods: the document has one operation for the path and keeps one of the two
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkShipmentList")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "BulkResult")))
    public BulkResult csv(InputStream csv) {
        return bulk.applyCsv(current.id(), csv, done -> { });
    }

    private static BulkRow row(int row, JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            return BulkRow.unreadable(row, "row", "must be a JSON object");
        }
        try {
            BulkShipment s = JsonRecords.read(o, BulkShipment.class);
            return new BulkRow(row, s.orderNumber(), s.carrier(), s.trackingNumber(), s.sendDate(), s.extendedField1());
        } catch (MalformedInput e) {
            return BulkRow.unreadable(row, e.errors().get(0).field(), e.errors().get(0).message());
        }
    }

    /** One row of the JSON form. */
    public record BulkShipment(String orderNumber, String carrier, String trackingNumber, String sendDate,
                               String extendedField1) {
    }
}
