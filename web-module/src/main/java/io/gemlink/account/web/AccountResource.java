package io.gemlink.account.web;

import io.gemlink.account.api.AccountView;
import io.gemlink.account.api.ActivityView;
import io.gemlink.account.boundary.AccountService;
import io.gemlink.account.boundary.ActivityService;
import io.gemlink.platform.api.Page;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.Paging;
import io.gemlink.web.api.PublicEndpoint;
import io.gemlink.web.security.ClientAddresses;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signup, the caller's own account and its activity log. */
@Path("")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @EJB
    AccountService accounts;

    @EJB
    ActivityService activity;

    @Inject
    CurrentAccount current;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest http;

    @POST
    @Path("accounts")
    @PublicEndpoint
    @SecurityRequirements // signup needs no key
    @Operation(
            summary = "Open an account",
            description = "Answers the account and its API key (named \"default\");"
                    + " the key is shown only this once. Throttled per client address and per e-mail address.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "SignupAnswer")))
    @APIResponse(
            responseCode = "429",
            description = "Too many signups from this address or for this e-mail address;"
                    + " Retry-After says when to try again")
    public Response signup(SignupRequest request) {
        AccountService.Signup signup =
                accounts.signup(clientAddresses.of(http), request.name(), request.email(), request.password());
        AccountView a = signup.account();
        return Response.created(URI.create("account"))
                .entity(new SignupAnswer(a.id(), a.publicId(), a.name(), signup.apiKey()))
                .build();
    }

    @GET
    @Path("account")
    @Operation(summary = "The account this API key belongs to")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "AccountView")))
    public AccountView account() {
        return current.view();
    }

    @GET
    @Path("account/activity")
    @Operation(summary = "The account's activity log, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ActivityPage")))
    public Page<ActivityView> activity(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return activity.list(current.id(), Paging.of(page, size));
    }

    @GET
    @Path("account/activity/{id}")
    @Operation(summary = "One entry of the account's activity log")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ActivityView")))
    public ActivityView activityEntry(@PathParam("id") long id) {
        return activity.get(current.id(), id);
    }

    /** Documents a page of activity entries (generic pages have no schema of their own). */
    public record ActivityPage(java.util.List<ActivityView> items, int page, int size, long total) {}

    /** What a signup sends. */
    public record SignupRequest(String name, String email, String password) {}

    /** What a signup answers: the API key is shown once. */
    public record SignupAnswer(long id, String publicId, String name, String apiKey) {}
}
