package io.gemlink.tracking.web;

import io.gemlink.tracking.api.CarrierView;
import io.gemlink.tracking.boundary.CarrierDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The carriers a shipment may name, with their public tracking pages. */
@Path("carriers")
@Tag(name = "Tracking")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierResource {

    @Inject
    CarrierDirectory carriers;

    @GET
    @Operation(summary = "Known carriers and their tracking URL templates ({number} is replaced)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "CarrierList")))
    public List<CarrierView> carriers() {
        return carriers.all();
    }
}
