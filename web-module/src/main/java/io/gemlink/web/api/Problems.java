package io.gemlink.web.api;

import io.gemlink.platform.api.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds {@code application/problem+json} answers. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final int UNPROCESSABLE = 422;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private Problems() {
    }

    public static Response of(int status, String detail, List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = status == UNPROCESSABLE ? "Unprocessable Content"
                : known != null ? known.getReasonPhrase() : "HTTP " + status;
        Problem problem = new Problem("about:blank", title, status, detail,
                errors == null || errors.isEmpty() ? null : errors);
        // serialized here so that the media type never depends on which JSON provider claims "+json"
        return Response.status(status, title).type(MEDIA_TYPE + ";charset=UTF-8").entity(JSONB.toJson(problem)).build();
    }

    public static Response of(int status, String detail) {
        return of(status, detail, null);
    }

    public static Response badInput(int status, List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return of(status, detail, errors);
    }

    public static Response unauthorized(String detail) {
        return Response.fromResponse(of(401, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gemlink\"").build();
    }
}
