package io.gemlink.web.api;

import jakarta.servlet.RequestDispatcher;
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
 * unknown path, a failure that escaped a servlet — as {@code application/problem+json} under {@code /api},
 * {@code /feeds} and {@code /webhooks}, so partners never get an HTML page, and as a plain page elsewhere.
 */
@WebServlet("/error")
public class ErrorPages extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    private static final List<String> PARTNER_ROUTES = List.of("/api", "/feeds", "/webhooks");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // service, not doGet: an error keeps the method of the request that failed (PATCH, DELETE …)
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (uri == null ? request.getRequestURI() : uri.toString())
                .substring(request.getContextPath().length());
        if (failure instanceof Throwable t) {
            LOG.log(Level.SEVERE, "request to " + path + " failed", t);
        }
        if (PARTNER_ROUTES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            Problems.write(response, status, detail(status), null);
            return;
        }
        String title = status + " " + Problems.title(status);
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                        + " · Gemlink</title></head><body><h1>" + title + "</h1><p>" + detail(status)
                        + "</p><p><a href=\""
                        + request.getContextPath() + "/admin/\">Gemlink admin</a></p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Problems.send(response, status, "text/html;charset=UTF-8", page);
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The body is larger than this address takes.";
            case 500 -> "The server failed to handle this request; it has been logged.";
            default -> Problems.title(status) + ".";
        };
    }
}
