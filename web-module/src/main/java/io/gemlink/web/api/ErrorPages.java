package io.gemlink.web.api;

import io.gemlink.platform.api.NotFoundException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * The default error page (web.xml): what the container answers for an error no route answered itself — an
 * unknown path, a failure that escaped a servlet or a Faces page — as {@code application/problem+json} under
 * {@code /api}, {@code /feeds} and {@code /webhooks}, so partners never get an HTML page, and elsewhere as the one
 * friendly page of the admin (404, 403, 500 …), styled like the admin, without the server's name or version. A
 * page that failed because what it names is not the user's ({@link NotFoundException}: another account's order,
 * source or run, or a missing one) answers 404, not 500; a form the server cannot take back (its view expired or
 * its {@code jakarta.faces.ViewState} was altered: {@link ViewExpiredException}; its PrimeFaces CSP nonce missing or
 * altered: {@link CspException}) answers 400 "This page has expired", and a number field's value no browser sends
 * ({@link #unreadableNumber}) 400 and a form post past the container's limit ({@link #postTooLarge}) 413, not 500.
 * Every 500 is logged with its exception, every other error with its path.
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
        boolean notFound = causedBy(failure, NotFoundException.class);
        boolean stale = !notFound && causedBy(failure, ViewExpiredException.class, CspException.class);
        int status = notFound
                ? 404
                : stale || unreadableNumber(failure)
                        ? 400
                        : postTooLarge(failure) ? 413 : code instanceof Integer c && c >= 400 ? c : 404;
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
            Problems.write(response, status, detail(status, false), null);
            return;
        }
        String context = request.getContextPath();
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + heading(status, stale) + " · Gemlink</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/admin.css.xhtml\">"
                + "</head><body><main class=\"gl-main\"><div class=\"gl-card gl-error-page\" id=\"error-page\">"
                + "<p class=\"gl-muted\" id=\"error-status\">Error " + status + "</p>"
                + "<h1>" + heading(status, stale) + "</h1><p id=\"error-detail\">" + detail(status, stale) + "</p>"
                + "<p><a id=\"error-home\" href=\"" + context + "/admin/\">Back to your Gemlink admin</a></p>"
                + "</div></main></body></html>";
        response.setHeader("Cache-Control", "no-store");
        Problems.send(response, status, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the failure, or anything that caused it (Faces wraps it twice), is one of {@code kinds}. */
    @SafeVarargs
    static boolean causedBy(Object failure, Class<? extends Throwable>... kinds) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = next(t)) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A number field's value that no browser sends: letters in the hidden field of a {@code p:inputNumber} (its script
     * lets only digits through) make PrimeFaces' decoder fail with a {@link NumberFormatException}, which is the
     * request's fault (400), not the server's.
     */
    static boolean unreadableNumber(Object failure) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = next(t)) {
            if (t instanceof NumberFormatException
                    && Arrays.stream(t.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().startsWith("org.primefaces.")
                                    && frame.getMethodName().equals("decode"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A form post past the container's limit ({@code max-post-size-bytes}, 2 MB): Payara's HTTP layer throws when the
     * page first reads a parameter ("GRIZZLY0205: Post too large"). The body's fault: 413, as the API answers it.
     */
    static boolean postTooLarge(Object failure) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = next(t)) {
            if (t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).contains("Post too large")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t instanceof ServletException s && s.getRootCause() != null ? s.getRootCause() : t.getCause();
        return cause == t ? null : cause;
    }

    private static String heading(int status, boolean stale) {
        if (stale) {
            return "This page has expired";
        }
        return switch (status) {
            case 403 -> "You cannot open this page";
            case 404 -> "Page not found";
            case 500 -> "Something went wrong";
            default -> Problems.title(status);
        };
    }

    private static String detail(int status, boolean stale) {
        if (stale) {
            return "The form came from a page the server no longer holds (it was open too long, or the request was"
                    + " changed). Open the page again, check what it shows, and send the form once more.";
        }
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
