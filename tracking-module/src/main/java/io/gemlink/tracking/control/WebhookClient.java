package io.gemlink.tracking.control;

import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.platform.outbound.OutboundFailure;
import io.gemlink.platform.outbound.OutboundHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * POSTs one webhook notice, signed with the attempt's timestamp, within the request timeout (the whole attempt,
 * however slowly the receiver answers); never follows redirects; connects only to allowed addresses (docs/outbound.md).
 * Answers what happened instead of throwing: a receiver's failure is a logged attempt, not an error of ours.
 */
public final class WebhookClient {

    private final AddressRules rules;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    public WebhookClient(AddressRules rules, Duration connectTimeout, Duration requestTimeout) {
        this.rules = rules;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** One attempt: the receiver's status (null if none came back), the error if any, how long it took. */
    public record Result(Integer status, String error, long durationMs) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    public Result post(String url, long deliveryId, String event, String payload, String secret) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        // the request timeout is the whole attempt's deadline, not only the longest silence
        try (CloseableHttpClient http =
                OutboundHttp.client(rules, connectTimeout, requestTimeout, requestTimeout, "Gemlink-Webhook/1")) {
            HttpPost post = new HttpPost(url);
            long timestamp = Instant.now().getEpochSecond(); // this attempt's: a retry is signed afresh
            post.setHeader("X-Gemlink-Event", event);
            post.setHeader("X-Gemlink-Delivery", String.valueOf(deliveryId));
            post.setHeader(WebhookSignature.TIMESTAMP, String.valueOf(timestamp));
            post.setHeader(WebhookSignature.HEADER, WebhookSignature.header(secret, timestamp, body));
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            int status;
            try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
                status = response.getCode(); // the body is never read: closing drops the connection
            }
            return new Result(status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(start));
        } catch (IOException e) {
            return new Result(null, OutboundFailure.describe(e), millisSince(start));
        } catch (IllegalArgumentException e) {
            return new Result(null, "not a valid URL", millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
