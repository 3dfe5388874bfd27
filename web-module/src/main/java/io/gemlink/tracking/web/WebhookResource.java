package io.gemlink.tracking.web;

import io.gemlink.platform.api.Page;
import io.gemlink.tracking.api.WebhookDeliveryView;
import io.gemlink.tracking.api.WebhookView;
import io.gemlink.tracking.boundary.TrackingWebhookService;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.Paging;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's outbound webhook with the events it subscribes to (docs/api.md, "Webhooks (outbound)"). The same
 * webhook as {@code settings/tracking-webhook}, which sees it while {@code shipment.added} is subscribed.
 */
@Path("settings/webhook")
@Tag(name = "Settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @EJB
    TrackingWebhookService webhooks;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "The webhook and its events (404 when none is set)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "WebhookView")))
    public WebhookView get() {
        return webhooks.getWebhook(current.id());
    }

    @PUT
    @Operation(
            summary = "Set the webhook and the events it receives",
            description = "url: absolute http(s) URL; secret: 16-200 characters, required the first time (left out"
                    + " later, the old one stays); events: one or more of dropship_order.created,"
                    + " order.line_rejected, order.cancelled, shipment.added, shipment.updated, shipment.voided"
                    + " (exactly these are subscribed; an unknown name is refused naming events[i]). Each notice is"
                    + " POSTed as JSON {event, account, ...} with X-Gemlink-Event, X-Gemlink-Delivery (the same on"
                    + " every retry), X-Gemlink-Timestamp (unix seconds of the attempt) and X-Gemlink-Signature:"
                    + " sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\" with the secret>. Any 2xx is"
                    + " success; otherwise it is retried with exponential backoff.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventsRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "WebhookView")))
    public WebhookView set(EventsRequest request) {
        return webhooks.setWebhook(current.id(), request.url(), request.secret(), request.events());
    }

    @DELETE
    @Operation(summary = "Remove the webhook (every event)")
    @APIResponse(responseCode = "204", description = "removed")
    public void remove() {
        webhooks.removeWebhook(current.id());
    }

    @GET
    @Path("deliveries")
    @Operation(
            summary = "Delivery log of every event, newest first",
            description =
                    "Each notice with its event, state and every attempt (time, HTTP status or error," + " duration).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "WebhookDeliveryPage")))
    public Page<WebhookDeliveryView> deliveries(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return webhooks.deliveries(current.id(), null, Paging.of(page, size));
    }

    /** What setting the webhook sends. */
    public record EventsRequest(String url, String secret, List<String> events) {}
}
