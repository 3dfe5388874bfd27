package io.gemlink.orders.web;

import io.gemlink.orders.boundary.ShopifyIntake;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * {@code POST /webhooks/shopify/{accountPublicId}/orders}: Shopify's orders/create webhook. A servlet,
 * not a JAX-RS resource, because the HMAC covers the raw bytes of the body.
 */
@WebServlet("/webhooks/shopify/*")
public class ShopifyWebhookServlet extends HttpServlet {

    private static final int MAX_BODY = 2 * 1024 * 1024;

    @EJB
    ShopifyIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (path.length != 3 || !"orders".equals(path[2])) {
            problem(response, 404, "no such webhook", List.of());
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            problem(response, 413, "the body is larger than " + MAX_BODY + " bytes", List.of());
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problem(response, 413, "the body is larger than " + MAX_BODY + " bytes", List.of());
            return;
        }
        try {
            switch (intake.receive(path[1], request.getHeader("X-Shopify-Hmac-Sha256"),
                    request.getHeader("X-Shopify-Webhook-Id"), body)) {
                case UNAUTHORIZED -> problem(response, 401, "X-Shopify-Hmac-Sha256 does not match this account's webhook secret", List.of());
                case CREATED, REPEATED -> response.setStatus(200);
            }
        } catch (EJBException e) {
            if (e.getCause() instanceof BadInputException bad) {
                problem(response, 422, bad.getMessage(), bad.errors());
            } else {
                throw e;
            }
        } catch (BadInputException bad) {
            problem(response, 422, bad.getMessage(), bad.errors());
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail, List<FieldError> errors)
            throws IOException {
        var problem = Json.createObjectBuilder().add("type", "about:blank").add("status", status).add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            problem.add("errors", list);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(problem.build().toString());
    }
}
