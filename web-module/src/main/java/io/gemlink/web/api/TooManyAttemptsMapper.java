package io.gemlink.web.api;

import io.gemlink.platform.api.TooManyAttemptsException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A throttled signup: 429 problem+json with {@code Retry-After} in whole seconds. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

    @Override
    public Response toResponse(TooManyAttemptsException e) {
        long seconds = TooManyAttemptsException.seconds(e.retryAfter());
        return Response.fromResponse(Problems.of(
                        429,
                        "Too many attempts from this address or for this e-mail" + " address; try again in " + seconds
                                + " s."))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
