package io.gemlink.web.api;

import io.gemlink.platform.api.NotFoundException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The default error page (web.xml): what the container answers for an error no route answered itself — an
 * unknown path, a failure that escaped a servlet or a Faces page — as {@code application/problem+json} under
 * {@code /api}, {@code /feeds} and {@code /webhooks}, so partners never get an HTML page, and elsewhere as the one
 * friendly page of the admin (404, 403, 500 …), styled like the admin, without the server's name or version. A
 * page that failed because what it names is not the user's ({@link NotFoundException}: another account's order,
 * source or run, or a missing one) answers 404, not 500. Every 500 is logged with its exception, every other error
 * with its path.
 */
@WebServlet("/error")
public class ErrorPages extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    private static final List<String> PARTNER_ROUTES = List.of("/api", "/feeds", "/webhooks");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // service, not doGet: an error keeps the method of the request that failed (PATCH, DELETE …)
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = notFound(failure) ? 404 : code instanceof Integer c && c >= 400 ? c : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (uri == null ? request.getRequestURI() : uri.toString())
                .substring(request.getContextPath().length());
        if (status >= 500 && failure instanceof Throwable t) {
            LOG.log(Level.SEVERE, "request to " + path + " failed", t);
        } else {
            LOG.log(Level.INFO, "{0} for {1} {2}{3}", new Object[] {
                status, request.getMethod(), path, failure instanceof Throwable t ? " (" + t + ")" : ""
            });
        }
        if (PARTNER_ROUTES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            Problems.write(response, status, detail(status), null);
            return;
        }
        String context = request.getContextPath();
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + heading(status) + " · Gemlink</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/admin.css.xhtml\">"
                + "</head><body><main class=\"gl-main\"><div class=\"gl-card gl-error-page\" id=\"error-page\">"
                + "<p class=\"gl-muted\" id=\"error-status\">Error " + status + "</p>"
                + "<h1>" + heading(status) + "</h1><p id=\"error-detail\">" + detail(status) + "</p>"
                + "<p><a id=\"error-home\" href=\"" + context + "/admin/\">Back to your Gemlink admin</a></p>"
                + "</div></main></body></html>";
        response.setHeader("Cache-Control", "no-store");
        Problems.send(response, status, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the failure, or anything that caused it (Faces wraps it twice), is a "not found". */
    static boolean notFound(Object failure) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = next(t)) {
            if (t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t instanceof ServletException s && s.getRootCause() != null ? s.getRootCause() : t.getCause();
        return cause == t ? null : cause;
    }

    private static String heading(int status) {
        return switch (status) {
            case 403 -> "You cannot open this page";
            case 404 -> "Page not found";
            case 500 -> "Something went wrong";
            default -> Problems.title(status);
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 403 -> "Your login does not give access to this page.";
            case 404 -> "There is nothing at this address, or it belongs to another account.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The body is larger than this address takes.";
            case 500 -> "The server failed to handle this request; it has been logged.";
            default -> Problems.title(status) + ".";
        };
    }
}
