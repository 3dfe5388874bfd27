package io.gemlink.tracking.web;

import io.gemlink.platform.api.Page;
import io.gemlink.tracking.api.TrackingWebhookView;
import io.gemlink.tracking.api.WebhookDeliveryView;
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
 * The caller's outbound tracking webhook: every new shipment on its orders is POSTed there as JSON, signed
 * {@code X-Gemlink-Signature: sha256=<hex HMAC-SHA256 of "<X-Gemlink-Timestamp>.<raw body>" with the secret>}. It is
 * the account's one webhook ({@link WebhookResource}) seen while it subscribes to {@code shipment.added}: setting it
 * here subscribes {@code shipment.added} and keeps the other events; removing it here unsubscribes only that.
 */
@Path("settings/tracking-webhook")
@Tag(name = "Settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingWebhookResource {

    @EJB
    TrackingWebhookService webhooks;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "The tracking webhook (404 when none is set)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "TrackingWebhookView")))
    public TrackingWebhookView get() {
        return webhooks.get(current.id());
    }

    @PUT
    @Operation(
            summary = "Set the tracking webhook",
            description =
                    "url: absolute http(s) URL; secret: 16-200 characters, required the first time (left out later, "
                            + "the old one stays). Each new shipment on the account's orders is POSTed as {event:"
                            + " \"shipment.added\", "
                            + "account, order: {id, number, channel, externalId}, shipment: {id, carrier,"
                            + " trackingNumber, sendDate, "
                            + "extendedField1, trackingUrl, createdAt}} with headers X-Gemlink-Event,"
                            + " X-Gemlink-Delivery (the same "
                            + "on every retry), X-Gemlink-Timestamp (unix seconds of the attempt) and"
                            + " X-Gemlink-Signature: sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\" with"
                            + " the secret>. The same webhook as /settings/webhook: this subscribes shipment.added and"
                            + " keeps the other events. Any 2xx is success; otherwise it is retried with exponential"
                            + " backoff.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "TrackingWebhookView")))
    public TrackingWebhookView set(WebhookRequest request) {
        return webhooks.set(current.id(), request.url(), request.secret());
    }

    @DELETE
    @Operation(
            summary = "Remove the tracking webhook",
            description = "Unsubscribes shipment.added; the webhook goes when no other event is subscribed.")
    @APIResponse(responseCode = "204", description = "removed")
    public void remove() {
        webhooks.remove(current.id());
    }

    @GET
    @Path("deliveries")
    @Operation(
            summary = "Delivery log of the shipment.added notices, newest first",
            description = "Each notice with its state and every attempt " + "(time, HTTP status or error, duration).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "WebhookDeliveryPage")))
    public Page<WebhookDeliveryView> deliveries(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return webhooks.deliveries(current.id(), Paging.of(page, size));
    }

    /** What setting the webhook sends. */
    public record WebhookRequest(String url, String secret) {}

    /** Documents a page of deliveries. */
    public record WebhookDeliveryPage(List<WebhookDeliveryView> items, int page, int size, long total) {}
}
