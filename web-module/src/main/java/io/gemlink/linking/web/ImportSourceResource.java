package io.gemlink.linking.web;

import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.api.LinkedProductView;
import io.gemlink.linking.boundary.ImportRunService;
import io.gemlink.linking.boundary.ImportSourceService;
import io.gemlink.platform.api.Page;
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

/** A distributor's import sources (vendor feeds it subscribes to), their runs and linked products. */
@Path("import-sources")
@Tag(name = "Import sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportSourceResource {

    @EJB
    ImportSourceService sources;

    @EJB
    ImportRunService runs;

    @Inject
    CurrentAccount current;

    @POST
    @Operation(
            summary = "Add an import source",
            description = "Defaults: everyMinutes 60, markup 0, rounding NONE,"
                    + " stockBuffer 0, missing ZERO_STOCK, keep []. The first run is due at once.")
    @RequestBody(
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportSourceRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "ImportSourceView")))
    public Response create(ImportSourceRequest request) {
        ImportSourceView created = sources.create(current.id(), request);
        return Response.created(URI.create("import-sources/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The caller's import sources, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ImportSourcePage")))
    public Page<ImportSourceView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return sources.list(current.id(), Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import source, with its last run and next run time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ImportSourceView")))
    public ImportSourceView get(@PathParam("id") long id) {
        return sources.get(current.id(), id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change an import source",
            description = "Replaces the settings; token null or absent keeps"
                    + " the current token, \"\" removes it. The next run re-reads the whole feed.")
    @RequestBody(
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportSourceRequest")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ImportSourceView")))
    public ImportSourceView change(@PathParam("id") long id, ImportSourceRequest request) {
        return sources.change(current.id(), id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Remove an import source",
            description = "Its products follow its missing-products rule"
                    + " (ZERO_STOCK, HIDE or DELETE), as if they had left the feed; orders for them no longer reach"
                    + " the vendor."
                    + " 409 while a run of the source is in progress.")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id) {
        sources.delete(current.id(), id);
    }

    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Run now",
            description = "Starts a run at once; while a run of the source is in progress, answers that run.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(ref = "ImportRunView")))
    public Response runNow(@PathParam("id") long id) {
        ImportRunView run = runs.runNow(current.id(), id);
        return Response.accepted(run)
                .location(URI.create("import-sources/" + id + "/runs/" + run.id()))
                .build();
    }

    @GET
    @Path("{id}/runs")
    @Operation(summary = "A source's runs, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ImportRunPage")))
    public Page<ImportRunView> runs(
            @PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return runs.runs(current.id(), id, Paging.of(page, size));
    }

    @GET
    @Path("{id}/runs/{runId}")
    @Operation(summary = "One run, with its rejected rows (a bounded sample; rejected counts them all)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ImportRunView")))
    public ImportRunView run(@PathParam("id") long id, @PathParam("runId") long runId) {
        return runs.run(current.id(), id, runId);
    }

    @GET
    @Path("{id}/products")
    @Operation(summary = "The linked products this source brought, by SKU")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "LinkedProductPage")))
    public Page<LinkedProductView> products(
            @PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return runs.products(current.id(), id, Paging.of(page, size));
    }

    /** Documents pages of this resource (generic pages have no schema of their own). */
    public record ImportSourcePage(List<ImportSourceView> items, int page, int size, long total) {}

    public record ImportRunPage(List<ImportRunView> items, int page, int size, long total) {}

    public record LinkedProductPage(List<LinkedProductView> items, int page, int size, long total) {}
}
