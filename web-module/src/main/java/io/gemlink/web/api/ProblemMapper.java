package io.gemlink.web.api;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every exception that leaves a resource into {@code application/problem+json}: business
 * errors and bad input name the field (4xx), only real failures are 500. Resources do not catch.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    // Yasson names the property it could not read, e.g. "Unable to deserialize property 'enabled'"
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '([^']+)'");

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof BadInputException bad) {
            return Problems.badInput(Problems.UNPROCESSABLE, bad.errors());
        }
        if (e instanceof NotFoundException) {
            return Problems.of(404, e.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return Problems.of(409, conflict.getMessage(), List.of(new FieldError(conflict.field(), conflict.getMessage())));
        }
        if (e instanceof ConstraintViolationException violations) {
            return Problems.badInput(400, violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(leafName(v), v.getMessage())).toList());
        }
        Throwable unreadable = jsonCause(e);
        if (unreadable != null) {
            return unreadableJson(unreadable);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.WARNING, "request failed", e);
            }
            // keep the headers that explain the status (Allow on 405, WWW-Authenticate on 401)
            Response.ResponseBuilder answer = Response.fromResponse(Problems.of(status, e.getMessage()));
            for (String header : List.of("Allow", "WWW-Authenticate")) {
                Object value = web.getResponse().getHeaders().getFirst(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
            return answer.build();
        }
        LOG.log(Level.SEVERE, "unexpected failure", thrown);
        return Problems.of(500, "The server failed to handle this request; it has been logged.");
    }

    /** Names the property path Yasson could not read, outermost first (e.g. {@code lines.quantity}). */
    private static Response unreadableJson(Throwable cause) {
        List<String> path = new java.util.ArrayList<>();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            Matcher m = JSON_PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find() && (path.isEmpty() || !path.get(path.size() - 1).equals(m.group(1)))) {
                path.add(m.group(1));
            }
        }
        String field = path.isEmpty() ? "body" : String.join(".", path);
        return Problems.badInput(400, List.of(new FieldError(field,
                path.isEmpty() ? "is not valid JSON" : "has a value of the wrong type")));
    }

    private static Throwable jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                // the outermost JSON error names the property; the innermost only the token
                return t;
            }
        }
        return null;
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "body" : name;
    }
}
