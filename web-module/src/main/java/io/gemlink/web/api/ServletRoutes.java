package io.gemlink.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The two partner routes served by servlets rather than JAX-RS (they stream, or need the raw body),
 * described for the OpenAPI document by hand so that it lists every route.
 */
final class ServletRoutes {

    private ServletRoutes() {}

    static Paths paths() {
        Operation feed = OASFactory.createOperation()
                .operationId("fetchFeed")
                .addTag("Feeds")
                .summary("Fetch a vendor feed with a grant token (streamed)")
                .description("Authorization: Bearer <grant token> or ?token=. ETag / If-None-Match → 304; "
                        + "X-Feed-Rows tells how many product rows follow. Bytes: docs/feed-format.md.")
                .addParameter(path("id", "the feed's id"))
                .addParameter(query("format", "CSV, JSON or XML (default: the feed's format)"))
                .addParameter(query("since", "ISO-8601 instant: only products changed or removed since"))
                .addParameter(query("token", "the grant token, if not sent as a Bearer header"))
                .addParameter(OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description("the ETag of the last fetch"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", response("the feed, streamed"))
                        .addAPIResponse("304", response("unchanged since the ETag"))
                        .addAPIResponse("400", response("since or format cannot be read"))
                        .addAPIResponse("401", response("missing, wrong or revoked grant token"))
                        .addAPIResponse("404", response("no such feed")));
        Operation shopify = OASFactory.createOperation()
                .operationId("shopifyOrderCreated")
                .addTag("Orders")
                .summary("Shopify orders/create webhook into a distributor account")
                .description(
                        "X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw body with the account's webhook secret; "
                                + "a repeated X-Shopify-Webhook-Id is ignored.")
                .addParameter(path("accountPublicId", "the distributor account's public id"))
                .requestBody(OASFactory.createRequestBody()
                        .required(true)
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .type(
                                                                org.eclipse.microprofile.openapi.models.media.Schema
                                                                        .SchemaType.OBJECT)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", response("taken in (or a repeat, ignored)"))
                        .addAPIResponse("400", response("the body is not a JSON object within the input limits"))
                        .addAPIResponse("401", response("the signature does not match"))
                        .addAPIResponse("413", response("the body is larger than gemlink.web.max-webhook-bytes"))
                        .addAPIResponse("422", response("the payload lacks what an order needs, fields named")));
        return OASFactory.createPaths()
                .addPathItem("/feeds/{id}", OASFactory.createPathItem().GET(feed))
                .addPathItem(
                        "/webhooks/shopify/{accountPublicId}/orders",
                        OASFactory.createPathItem().POST(shopify));
    }

    private static Parameter path(String name, String description) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.PATH)
                .required(true)
                .description(description)
                .schema(OASFactory.createSchema()
                        .type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
    }

    private static Parameter query(String name, String description) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .description(description)
                .schema(OASFactory.createSchema()
                        .type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description);
    }
}
