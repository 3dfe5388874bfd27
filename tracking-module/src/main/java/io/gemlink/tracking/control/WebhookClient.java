package io.gemlink.tracking.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs one tracking notice, signed, with timeouts; never follows redirects. Answers what happened
 * instead of throwing: a receiver's failure is a logged attempt, not an error of ours.
 */
public final class WebhookClient {

    private final HttpClient http;
    private final Duration requestTimeout;

    public WebhookClient(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build(); // no h2c upgrade dance with plain-http receivers
        this.requestTimeout = requestTimeout;
    }

    /** One attempt: the receiver's status (null if none came back), the error if any, how long it took. */
    public record Result(Integer status, String error, long durationMs) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    public Result post(String url, long deliveryId, String payload, String secret) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Gemlink-Webhook/1")
                    .header("X-Gemlink-Event", "shipment.added")
                    .header("X-Gemlink-Delivery", String.valueOf(deliveryId))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Result(status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(start));
        } catch (IOException | IllegalArgumentException e) {
            return new Result(null, abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String abbreviate(String s) {
        return s.length() > 480 ? s.substring(0, 480) + "…" : s;
    }
}
