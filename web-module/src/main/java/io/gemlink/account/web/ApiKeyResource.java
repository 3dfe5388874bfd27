package io.gemlink.account.web;

import io.gemlink.account.api.ApiKeyCreated;
import io.gemlink.account.api.ApiKeyView;
import io.gemlink.account.boundary.ApiKeyService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.web.api.CurrentAccount;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's API keys: listed without the key, created (the key shown once), deleted (refused at once). */
@Path("api-keys")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    @EJB
    ApiKeyService apiKeys;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(
            summary = "The account's API keys, newest first",
            description = "Never the keys themselves;" + " lastUsedAt is written at most once a minute per key.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ApiKeyList")))
    public List<ApiKeyView> list() {
        return apiKeys.list(current.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the account's API keys (without the key)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ApiKeyView")))
    public ApiKeyView get(@PathParam("id") long id) {
        return apiKeys.get(current.id(), id);
    }

    @POST
    @Operation(summary = "Create an API key", description = "The key is in this answer only; keep it.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "ApiKeyCreated")))
    public Response create(ApiKeyRequest request) {
        if (request == null) {
            throw new BadInputException("body", "a JSON object with name is required");
        }
        ApiKeyCreated created = apiKeys.create(current.id(), request.name());
        return Response.created(URI.create("api-keys/" + created.id()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an API key", description = "Requests with it are refused (401) from now on.")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id) {
        apiKeys.revoke(current.id(), id);
    }

    /** What a new key needs: a name a person recognizes it by (at most 100 characters). */
    public record ApiKeyRequest(String name) {}
}
