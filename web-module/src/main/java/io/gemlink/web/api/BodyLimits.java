package io.gemlink.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Bounds every partner API body by its kind ({@link InputLimits}): an announced length over the limit is
 * answered 413 before it is parsed or even authenticated (read and dropped up to twice the limit, so that a
 * client still sending reads the answer; beyond that the connection closes); a body sent without a length ends
 * with 413 where it crosses the limit. A Content-Type or Accept header that cannot be parsed is 400 here,
 * before anything else trips over it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class BodyLimits implements ContainerRequestFilter {

    @Inject
    InputLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type;
        try {
            type = request.getMediaType();
            request.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) { // the runtime would fail on it later, as a 500
            request.abortWith(Problems.of(400, "The Content-Type or Accept header cannot be read."));
            return;
        }
        long limit = limits.forMediaType(type);
        long announced = announced(request);
        if (announced > limit) {
            Response tooLarge = Problems.of(413, "The body is larger than this route takes (" + limit + " bytes).");
            if (announced <= 2 * limit) {
                drop(request, announced); // a client still sending gets to read the answer, as with LimitedInputStream
            } else {
                tooLarge = Response.fromResponse(tooLarge)
                        .header("Connection", "close")
                        .build();
            }
            request.abortWith(tooLarge);
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    private static void drop(ContainerRequestContext request, long bytes) {
        try {
            LimitedInputStream.drop(request.getEntityStream(), bytes);
        } catch (IOException gone) {
            // the client left; the answer goes nowhere either way
        }
    }

    private static long announced(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the container refuses a malformed length itself
        }
    }
}
