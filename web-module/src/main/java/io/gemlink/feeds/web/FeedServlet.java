package io.gemlink.feeds.web;

import io.gemlink.feeds.api.FeedAccessDenied;
import io.gemlink.feeds.boundary.FeedDelivery;
import io.gemlink.feeds.boundary.FeedResponse;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.web.api.Problems;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code GET /feeds/{id}}: a feed for the holder of a grant token (docs/feed-format.md), streamed
 * straight into the response. A plain servlet rather than JAX-RS: it streams, sets ETag/304 itself and
 * keeps the partner API's JAX-RS application (API keys) at /api/v1 alone.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final String BEARER = "Bearer ";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS");
    // MySQL's DATETIME ends in 9999; a later instant would fail in the database instead of here
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @EJB
    FeedDelivery delivery;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            Problems.write(response, 405, "A feed is fetched with GET.", null);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            delivery.deliver(
                    feedId(request),
                    token(request),
                    request.getParameter("format"),
                    since(request),
                    request.getHeader("If-None-Match"),
                    new HttpFeedResponse(response));
        } catch (EJBException e) {
            answer(e.getCause() instanceof RuntimeException cause ? cause : e, response);
        } catch (RuntimeException e) {
            answer(e, response);
        }
    }

    private static void answer(RuntimeException e, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            throw e; // the body had begun: the client sees a cut-off feed and counts fewer rows than X-Feed-Rows
        }
        if (e instanceof FeedAccessDenied) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"gemlink-feeds\"");
            Problems.write(response, 401, e.getMessage(), null);
        } else if (e instanceof NotFoundException) {
            Problems.write(response, 404, e.getMessage(), null);
        } else if (e instanceof BadInputException bad) {
            Problems.write(response, 400, bad.getMessage(), bad.errors());
        } else {
            throw e;
        }
    }

    private static long feedId(HttpServletRequest request) {
        String path = request.getPathInfo();
        try {
            return Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            throw new NotFoundException("feed");
        }
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).trim();
        }
        return request.getParameter("token");
    }

    private static Instant since(HttpServletRequest request) {
        String since = request.getParameter("since");
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            Instant at = Instant.parse(since.trim());
            if (at.isBefore(Instant.EPOCH) || at.isAfter(LATEST)) {
                throw new BadInputException("since", "must be between 1970 and 9999");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new BadInputException("since", "must be an ISO-8601 instant such as 2026-11-27T01:00:00Z");
        }
    }

    /** The HTTP side of a delivery: headers first, then the body stream. */
    private record HttpFeedResponse(HttpServletResponse response) implements FeedResponse {

        @Override
        public void notModified(String etag) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", etag);
        }

        @Override
        public OutputStream ok(String etag, long rows, String vendorPublicId, Instant generatedAt, String contentType)
                throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader("ETag", etag);
            response.setHeader("X-Feed-Rows", Long.toString(rows));
            response.setHeader("X-Feed-Vendor", vendorPublicId);
            response.setHeader("X-Feed-Generated-At", generatedAt.toString());
            response.setHeader("Cache-Control", "private, no-cache");
            response.setContentType(contentType);
            response.setBufferSize(64 * 1024);
            return response.getOutputStream();
        }
    }
}
