package io.gemlink.feeds.web;

import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedView;
import io.gemlink.feeds.api.GrantCreated;
import io.gemlink.feeds.api.GrantView;
import io.gemlink.feeds.boundary.FeedDelivery;
import io.gemlink.feeds.boundary.FeedService;
import io.gemlink.feeds.boundary.GrantService;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.Paging;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's feeds and their grants (docs/api.md, Vendor: feeds and grants). Delivery is {@link FeedServlet}. */
@Path("feeds")
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedResource {

    @EJB
    FeedService feeds;

    @EJB
    GrantService grants;

    @EJB
    FeedDelivery delivery;

    @Inject
    CurrentAccount current;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a feed")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedDefinition")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "FeedView")))
    public Response create(FeedDefinition definition) {
        FeedView feed = feeds.create(current.id(), definition);
        return Response.created(URI.create("feeds/" + feed.id())).entity(feed).build();
    }

    @GET
    @Operation(summary = "The caller's feeds, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "FeedList")))
    public List<FeedView> list() {
        return feeds.list(current.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One feed")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "FeedView")))
    public FeedView get(@PathParam("id") long id) {
        return feeds.get(current.id(), id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a feed's definition")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedDefinition")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "FeedView")))
    public FeedView update(@PathParam("id") long id, FeedDefinition definition) {
        return feeds.update(current.id(), id, definition);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a feed and its grants")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id) {
        feeds.delete(current.id(), id);
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "The first rows a distributor would receive, in the feed's JSON form")
    @APIResponse(responseCode = "200")
    public String preview(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        return delivery.preview(current.id(), id, Paging.count("limit", limit, 20, 500));
    }

    @POST
    @Path("{id}/grants")
    @Operation(
            summary = "Grant a distributor access to the feed",
            description = "Answers the grant's secret token and the feed URL; the token is shown only this once. One"
                    + " live grant per distributor and feed: revoke it before granting anew (a new token).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GrantRequest.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "GrantCreated")))
    @APIResponse(responseCode = "409", description = "the distributor already has a live grant of this feed")
    @APIResponse(responseCode = "422", description = "no such account, or the caller's own account")
    public Response grant(@PathParam("id") long id, GrantRequest request) {
        GrantCreated created = grants.grant(current.id(), id, request.distributorPublicId());
        String url = uri.getBaseUri().resolve("/feeds/" + id).toString();
        return Response.created(URI.create("feeds/" + id + "/grants/" + created.id()))
                .entity(new GrantCreated(created.id(), created.distributorPublicId(), created.token(), url))
                .build();
    }

    @GET
    @Path("{id}/grants")
    @Operation(summary = "The feed's grants with their last fetch")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "GrantList")))
    public List<GrantView> grants(@PathParam("id") long id) {
        return grants.list(current.id(), id);
    }

    @DELETE
    @Path("{id}/grants/{grantId}")
    @Operation(summary = "Revoke a grant", description = "The next fetch with its token gets 401.")
    @APIResponse(responseCode = "204")
    public void revoke(@PathParam("id") long id, @PathParam("grantId") long grantId) {
        grants.revoke(current.id(), id, grantId);
    }

    /** What a grant request sends. */
    public record GrantRequest(String distributorPublicId) {}
}
