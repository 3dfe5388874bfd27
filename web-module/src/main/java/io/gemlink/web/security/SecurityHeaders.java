package io.gemlink.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer: no framing (clickjacking), no content sniffing, no referrer to other sites.
 * Answers that are not Faces pages (the API, feeds, webhooks, redirects) get a Content-Security-Policy
 * that allows nothing; Faces pages get theirs from PrimeFaces, which adds the nonce of the page's scripts
 * (primefaces.CSP_POLICY in web.xml).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String FACES_SERVLET = "Faces Servlet";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!FACES_SERVLET.equals(request.getHttpServletMapping().getServletName())) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        chain.doFilter(request, response);
    }
}
