package io.gemlink.partners.web;

import io.gemlink.web.api.CurrentAccount;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's partners (docs/api.md, Partners): who it shares feeds with, whose feeds it imports. */
@Path("connections")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    @Inject
    Partners partners;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(
            summary = "The caller's partners",
            description = "As a vendor: the distributors it granted feeds to."
                    + " As a distributor: the vendors whose feeds it was granted or imports. status ACTIVE while a"
                    + " grant"
                    + " (or an in-network source) between them is live, else ENDED.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ConnectionList")))
    public List<Connection> list() {
        return partners.of(current.id());
    }

    @DELETE
    @Path("{partnerPublicId}")
    @Operation(
            summary = "End a relationship",
            description = "Revokes the caller's grants to the partner and removes"
                    + " the caller's import sources of the partner's feeds (their products follow each source's"
                    + " missing rule)."
                    + " A revoked grant sets the distributor's linked products to quantity 0 at once; either way"
                    + " later orders"
                    + " for them reach no vendor.")
    @APIResponse(responseCode = "204", description = "ended")
    @APIResponse(responseCode = "404", description = "no relationship with this account")
    public Response end(@PathParam("partnerPublicId") String partnerPublicId) {
        partners.end(current.id(), partnerPublicId);
        return Response.noContent().build();
    }
}
