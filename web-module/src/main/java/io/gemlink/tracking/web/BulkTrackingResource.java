package io.gemlink.tracking.web;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.Page;
import io.gemlink.tracking.api.BulkJobSummary;
import io.gemlink.tracking.api.BulkJobView;
import io.gemlink.tracking.api.BulkResult;
import io.gemlink.tracking.api.BulkRow;
import io.gemlink.tracking.boundary.BulkJobs;
import io.gemlink.tracking.boundary.BulkTracking;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.JsonRecords;
import io.gemlink.web.api.MalformedInput;
import io.gemlink.web.api.Paging;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk tracking: many shipments at once, by JSON array or CSV, row by row. Every upload is a job whose
 * report stays readable ({@code GET /shipments/bulk/{id}}), also after a restart.
 */
@Path("shipments")
@Tag(name = "Tracking")
@Produces(MediaType.APPLICATION_JSON)
public class BulkTrackingResource {

    @EJB
    BulkTracking bulk;

    @EJB
    BulkJobs jobs;

    @Inject
    CurrentAccount current;

    @Context
    UriInfo uris;

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add shipments in bulk (JSON)",
            description =
                    "A JSON array of {orderNumber, carrier, trackingNumber, sendDate, extendedField1}; orderNumber is "
                            + "one of the caller's orders. Applied row by row in batches, each batch its own"
                            + " transaction: good rows "
                            + "apply and propagate like single shipments; bad rows come back in rejected with row"
                            + " (1-based position "
                            + "in the array), field and message. Repeats of a shipment already on the order count as"
                            + " unchanged.")
    @RequestBody(
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkShipmentList")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "200",
            description = "the result; id names the upload's job",
            content = @Content(schema = @Schema(ref = "BulkResult")),
            headers =
                    @Header(
                            name = "Location",
                            description = "the upload's report: /api/v1/shipments/bulk/{id}",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response json(JsonValue body) {
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
        return created(bulk.apply(current.id(), rows));
    }

    @POST
    @Path("bulk")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Add shipments in bulk (CSV)",
            description = "UTF-8 CSV with the header orderNumber,carrier,trackingNumber,sendDate,extendedField1 "
                    + "(extendedField1 may be left out). Streamed; same rules and answer as the JSON form, row = line "
                    + "number (the header is row 1).")
    // both forms on both methods: the document has one operation for the path and keeps one of the two
    @RequestBody(
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkShipmentList")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "200",
            description = "the result; id names the upload's job",
            content = @Content(schema = @Schema(ref = "BulkResult")),
            headers =
                    @Header(
                            name = "Location",
                            description = "the upload's report: /api/v1/shipments/bulk/{id}",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response csv(InputStream csv) {
        return created(bulk.applyCsv(current.id(), csv));
    }

    @GET
    @Path("bulk")
    @Operation(
            summary = "Recent bulk uploads, newest first",
            description = "Every bulk upload, from the API or the admin screen, with its status (RUNNING, FINISHED, "
                    + "FAILED, INTERRUPTED) and counters; kept 30 days, at most the newest 100 per account.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "BulkJobPage")))
    public Page<BulkJobSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return jobs.list(current.id(), Paging.of(page, size));
    }

    @GET
    @Path("bulk/{id}")
    @Operation(
            summary = "One bulk upload with its report",
            description = "Counters are exact (counted in each batch's transaction); rejected and warnings hold the "
                    + "first 1,000 rows of each, rejectedCount and warningCount count all. INTERRUPTED: the server "
                    + "stopped; failure says after which row and what to upload again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "BulkJobView")))
    @APIResponse(responseCode = "404", description = "no such upload for this account")
    public BulkJobView get(@PathParam("id") String id) {
        return jobs.get(current.id(), id);
    }

    /** 200 with the result (the answer partners already read) and where its report stays readable. */
    private Response created(BulkResult result) {
        return Response.ok(result)
                .location(uris.getBaseUriBuilder().path("shipments/bulk/{id}").build(result.id()))
                .build();
    }

    private static BulkRow row(int row, JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            return BulkRow.unreadable(row, "row", "must be a JSON object");
        }
        try {
            BulkShipment s = JsonRecords.read(o, BulkShipment.class);
            return new BulkRow(row, s.orderNumber(), s.carrier(), s.trackingNumber(), s.sendDate(), s.extendedField1());
        } catch (MalformedInput e) {
            return BulkRow.unreadable(
                    row, e.errors().get(0).field(), e.errors().get(0).message());
        }
    }

    /** Documents a page of uploads. */
    public record BulkJobPage(List<BulkJobSummary> items, int page, int size, long total) {}

    /** One row of the JSON form. */
    public record BulkShipment(
            String orderNumber, String carrier, String trackingNumber, String sendDate, String extendedField1) {}
}
