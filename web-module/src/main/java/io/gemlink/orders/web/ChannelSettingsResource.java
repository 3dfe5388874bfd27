package io.gemlink.orders.web;

import io.gemlink.orders.boundary.ChannelSettingsService;
import io.gemlink.web.api.CurrentAccount;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's channel connections. */
@Path("settings/channels")
@Tag(name = "Settings")
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelSettingsResource {

    @EJB
    ChannelSettingsService channels;

    @Inject
    CurrentAccount current;

    @PUT
    @Path("shopify")
    @Operation(
            summary = "Set the Shopify webhook secret",
            description = "Shopify signs each orders/create webhook with it; deliveries go to"
                    + " /webhooks/shopify/{accountPublicId}/orders.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShopifySettings.class)))
    @APIResponse(responseCode = "204", description = "saved")
    public void shopify(ShopifySettings settings) {
        channels.setShopifySecret(current.id(), settings.webhookSecret());
    }

    /** Documents the body. */
    public record ShopifySettings(String webhookSecret) {}
}
