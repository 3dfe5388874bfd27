package io.gemlink.web.api;

import io.gemlink.orders.api.LinesShippedException;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into {@code application/problem+json}: unreadable input 400,
 * an oversized body 413, business errors and bad input naming the field (4xx: broken rules and constraints
 * 422, as {@code lines[2].sku}); only real failures are 500.
 * Resources do not catch.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        // the runtime wraps what a reader, a parameter converter or an EJB threw: look through the causes
        MalformedInput malformed = cause(thrown, MalformedInput.class);
        if (malformed != null) {
            return Problems.badInput(400, malformed.errors());
        }
        PayloadTooLarge tooLarge = cause(thrown, PayloadTooLarge.class);
        if (tooLarge != null) {
            return Problems.of(413, "The body is larger than this route takes (" + tooLarge.limit() + " bytes).");
        }
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof BadInputException bad) {
            return Problems.badInput(Problems.UNPROCESSABLE, bad.errors());
        }
        if (e instanceof NotFoundException) {
            return Problems.of(404, e.getMessage());
        }
        if (e instanceof LinesShippedException shipped) {
            return Problems.linesShipped(shipped);
        }
        if (e instanceof ConflictException conflict) {
            return Problems.of(
                    409, conflict.getMessage(), List.of(new FieldError(conflict.field(), conflict.getMessage())));
        }
        if (e instanceof ConstraintViolationException violations) {
            // the platform checked a constraint of a request record: the rules refused it, like BadInputException
            return Problems.badInput(
                    Problems.UNPROCESSABLE,
                    violations.getConstraintViolations().stream()
                            .map(v -> new FieldError(Constraints.field(v.getPropertyPath()), v.getMessage()))
                            .toList());
        }
        if (cause(e, JsonException.class) != null || cause(e, JsonbException.class) != null) {
            // JSON bodies are read by StrictJson; this is a reader of the runtime's own, e.g. for a type we missed
            LOG.log(Level.WARNING, "JSON read outside StrictJson", e);
            return Problems.badInput(400, List.of(new FieldError("body", "is not valid JSON for this route")));
        }
        if (e instanceof WebApplicationException web) {
            return fromRuntime(web);
        }
        LOG.log(Level.SEVERE, "unexpected failure", thrown);
        return Problems.of(500, "The server failed to handle this request; it has been logged.");
    }

    private static Response fromRuntime(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (status >= 500) {
            LOG.log(Level.WARNING, "request failed", web);
        }
        // keep the headers that explain the status (Allow on 405, WWW-Authenticate on 401)
        Response.ResponseBuilder answer = Response.fromResponse(Problems.of(status, web.getMessage()));
        for (String header : List.of("Allow", "WWW-Authenticate")) {
            Object value = web.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        return answer.build();
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
