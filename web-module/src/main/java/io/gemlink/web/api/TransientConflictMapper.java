package io.gemlink.web.api;

import io.gemlink.platform.api.TransientConflictException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A write that kept losing deadlocks or lock waits after its retries: 503 problem+json with
 * {@code Retry-After: 1}. Nothing of it was stored, so the same request again is safe (orders are
 * idempotent on channel + external id anyway).
 */
@Provider
public class TransientConflictMapper implements ExceptionMapper<TransientConflictException> {

    @Override
    public Response toResponse(TransientConflictException e) {
        return Response.fromResponse(Problems.of(
                        503,
                        "The database was busy with concurrent changes and nothing was"
                                + " stored; send the same request again."))
                .header(HttpHeaders.RETRY_AFTER, 1)
                .build();
    }
}
