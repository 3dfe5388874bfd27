package io.gemlink.orders.web;

import io.gemlink.orders.boundary.ShopifyIntake;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.web.api.InputLimits;
import io.gemlink.web.api.LimitedInputStream;
import io.gemlink.web.api.MalformedInput;
import io.gemlink.web.api.PayloadTooLarge;
import io.gemlink.web.api.Problems;
import io.gemlink.web.api.StrictJson;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /webhooks/shopify/{accountPublicId}/orders}: Shopify's orders/create webhook. A servlet,
 * not a JAX-RS resource, because the HMAC covers the raw bytes of the body. The body is bounded
 * ({@code gemlink.web.max-webhook-bytes}) and must pass {@link StrictJson} before the intake reads it.
 */
@WebServlet("/webhooks/shopify/*")
public class ShopifyWebhookServlet extends HttpServlet {

    @EJB
    ShopifyIntake intake;

    @Inject
    InputLimits limits;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            Problems.write(response, 405, "Shopify delivers webhooks with POST.", null);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        if (path.length != 3 || !"orders".equals(path[2])) {
            Problems.write(response, 404, "no such webhook", null);
            return;
        }
        long max = limits.maxWebhookBytes();
        if (request.getContentLengthLong() > 2 * max) {
            response.setHeader("Connection", "close");
            Problems.write(response, 413, "the body is larger than " + max + " bytes", null);
            return;
        }
        byte[] body;
        try {
            body = new LimitedInputStream(request.getInputStream(), max).readAllBytes();
        } catch (PayloadTooLarge tooLarge) {
            Problems.write(response, 413, "the body is larger than " + max + " bytes", null);
            return;
        }
        try {
            if (!(StrictJson.parse(body) instanceof JsonObject)) {
                throw new MalformedInput("body", "must be a JSON object");
            }
            switch (intake.receive(
                    path[1],
                    request.getHeader("X-Shopify-Hmac-Sha256"),
                    request.getHeader("X-Shopify-Webhook-Id"),
                    body)) {
                case UNAUTHORIZED ->
                    Problems.write(
                            response, 401, "X-Shopify-Hmac-Sha256 does not match this account's webhook secret", null);
                case CREATED, REPEATED -> response.setStatus(200);
            }
        } catch (MalformedInput bad) {
            Problems.write(response, 400, bad.getMessage(), bad.errors());
        } catch (EJBException e) {
            if (e.getCause() instanceof BadInputException bad) {
                Problems.write(response, 422, bad.getMessage(), bad.errors());
            } else {
                throw e;
            }
        } catch (BadInputException bad) {
            Problems.write(response, 422, bad.getMessage(), bad.errors());
        }
    }
}
