package io.gemlink.web.api;

import io.gemlink.orders.api.LinesShippedException;
import io.gemlink.orders.api.ShipmentView;
import io.gemlink.platform.api.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one problem writer: {@code application/problem+json} ({@link Problem}) for JAX-RS answers and for the
 * servlets (feeds, webhooks, error pages), so that every error of the partner routes looks the same.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final int UNPROCESSABLE = 422;
    private static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";
    private static final JsonProvider JSON = JsonProvider.provider();

    private Problems() {}

    public static Response of(int status, String detail, List<FieldError> errors) {
        // serialized here so that the media type never depends on which JSON provider claims "+json"
        return Response.status(status, title(status))
                .type(CONTENT_TYPE)
                .entity(json(status, detail, errors))
                .build();
    }

    public static Response of(int status, String detail) {
        return of(status, detail, null);
    }

    public static Response badInput(int status, List<FieldError> errors) {
        return of(status, detail(errors), errors);
    }

    public static Response unauthorized(String detail) {
        return Response.fromResponse(of(401, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gemlink\"")
                .build();
    }

    /** The same answer from a servlet; headers set before (Allow, WWW-Authenticate) stay. */
    public static void write(HttpServletResponse response, int status, String detail, List<FieldError> errors)
            throws IOException {
        send(response, status, CONTENT_TYPE, json(status, detail, errors).getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) { // an error page after the servlet had taken the writer
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }

    public static String detail(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }

    public static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case UNPROCESSABLE -> "Unprocessable Content";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() : "HTTP " + status;
            }
        };
    }

    /**
     * 409 for a cancel that names shipped lines: the problem plus {@code lines} (their numbers) and
     * {@code shipments} (the parcels that carry them, as orders show them).
     */
    public static Response linesShipped(LinesShippedException shipped) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        shipped.lines().forEach(lines::add);
        JsonArrayBuilder parcels = JSON.createArrayBuilder();
        for (ShipmentView s : shipped.shipments()) {
            JsonObjectBuilder parcel = JSON.createObjectBuilder()
                    .add("carrier", s.carrier())
                    .add("trackingNumber", s.trackingNumber())
                    .add("sendDate", String.valueOf(s.sendDate()));
            parcel.add(
                    "extendedField1",
                    s.extendedField1() == null ? JsonValue.NULL : JSON.createValue(s.extendedField1()));
            parcel.add("trackingUrl", s.trackingUrl() == null ? JsonValue.NULL : JSON.createValue(s.trackingUrl()));
            parcels.add(parcel);
        }
        JsonObjectBuilder problem = builder(
                        409, shipped.getMessage(), List.of(new FieldError(shipped.field(), shipped.getMessage())))
                .add("lines", lines)
                .add("shipments", parcels);
        return Response.status(409, title(409))
                .type(CONTENT_TYPE)
                .entity(problem.build().toString())
                .build();
    }

    /** The body of {@link Problem}: type, title, status, detail and, when there are any, the fields' errors. */
    static String json(int status, String detail, List<FieldError> errors) {
        return builder(status, detail, errors).build().toString();
    }

    private static JsonObjectBuilder builder(int status, String detail, List<FieldError> errors) {
        JsonObjectBuilder problem = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status))
                .add("status", status);
        if (detail != null) {
            problem.add("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(
                    JSON.createObjectBuilder().add("field", e.field()).add("message", String.valueOf(e.message()))));
            problem.add("errors", list);
        }
        return problem;
    }
}
