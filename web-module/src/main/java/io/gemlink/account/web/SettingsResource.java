package io.gemlink.account.web;

import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.boundary.SettingsService;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.JsonRecords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's dropshipping settings: the module switch, the status its dropship orders arrive in, and how long
 * they may stay unacknowledged.
 */
@Path("settings")
@Tag(name = "Settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @EJB
    SettingsService settings;

    @Inject
    CurrentAccount current;

    @GET
    @Path("dropshipping")
    @Operation(summary = "Dropshipping settings")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "DropshippingSettingsView")))
    public DropshippingSettingsView dropshipping() {
        return settings.dropshipping(current.id());
    }

    @PUT
    @Path("dropshipping")
    @Operation(
            summary = "Change dropshipping settings",
            description =
                    "vendorOrderStatus: NEW, PROCESSING, AWAITING_SHIPMENT, ON_HOLD, or null to receive no dropship"
                            + " orders. acknowledgeWithinHours: 1 to 720, or null for no deadline; left out, the"
                            + " deadline stays as it was. The deadline is fixed on each dropship order when it"
                            + " arrives (acknowledgeBy); a change reaches only later orders.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DropshippingRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "DropshippingSettingsView")))
    @APIResponse(responseCode = "422", description = "enabled missing, unknown status, hours out of range")
    public DropshippingSettingsView changeDropshipping(JsonObject body) {
        DropshippingRequest request = JsonRecords.read(body, DropshippingRequest.class);
        // the field came later: a client that leaves it out keeps the deadline it has, an explicit null clears it
        return body.containsKey("acknowledgeWithinHours")
                ? settings.changeDropshipping(
                        current.id(), request.enabled(), request.vendorOrderStatus(), request.acknowledgeWithinHours())
                : settings.changeDropshipping(current.id(), request.enabled(), request.vendorOrderStatus());
    }

    /** What a settings change sends. */
    public record DropshippingRequest(Boolean enabled, String vendorOrderStatus, Integer acknowledgeWithinHours) {}
}
