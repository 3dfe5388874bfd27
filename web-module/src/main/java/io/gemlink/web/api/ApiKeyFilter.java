package io.gemlink.web.api;

import io.gemlink.account.boundary.ApiKeyService;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** {@code Authorization: Bearer <api key>} on every partner API route but the public ones; 401 otherwise. */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resourceInfo;

    @EJB
    ApiKeyService apiKeys;

    @Inject
    CurrentAccount currentAccount;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String key = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : null;
        apiKeys.authenticate(key)
                .ifPresentOrElse(
                        currentAccount::authenticated,
                        () -> request.abortWith(Problems.unauthorized(
                                key == null
                                        ? "Send the account's API key as 'Authorization: Bearer <key>'."
                                        : "The API key is unknown or revoked.")));
    }
}
