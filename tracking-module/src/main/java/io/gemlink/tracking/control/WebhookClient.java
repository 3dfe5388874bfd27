package io.gemlink.tracking.control;

import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.platform.outbound.OutboundFailure;
import io.gemlink.platform.outbound.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
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

    /** The client of the configured outbound rules and webhook time-outs (notices and test notices alike). */
    public static WebhookClient fromConfig(TrackingConfig config) {
        return new WebhookClient(
                AddressRules.fromConfig(),
                Duration.ofSeconds(config.webhookConnectTimeoutSeconds),
                Duration.ofSeconds(config.webhookRequestTimeoutSeconds));
    }

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
        Answer answer = send(url, deliveryId, event, payload, secret, 0);
        return new Result(answer.status(), answer.error(), answer.durationMs());
    }

    /** What a test notice got back: the status (null if none), the error if any, the time, the answer's start. */
    public record Answer(Integer status, String error, long durationMs, String body) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Bytes of a receiver's answer a test shows: enough to read an error message, never a whole page. */
    public static final int TEST_ANSWER_BYTES = 500;

    /**
     * A test notice (no delivery row: {@code X-Gemlink-Delivery: 0}), signed and sent like a real one, whose answer's
     * first {@value #TEST_ANSWER_BYTES} bytes are read for the person who asked.
     */
    public Answer test(String url, String event, String payload, String secret) {
        return send(url, 0, event, payload, secret, TEST_ANSWER_BYTES);
    }

    private Answer send(String url, long deliveryId, String event, String payload, String secret, int answerBytes) {
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
            String answer = null;
            try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
                status = response.getCode(); // a notice's answer body is never read: closing drops the connection
                if (answerBytes > 0 && response.getEntity() != null) {
                    try (InputStream in = response.getEntity().getContent()) {
                        answer = new String(in.readNBytes(answerBytes), StandardCharsets.UTF_8);
                    }
                }
            }
            return new Answer(
                    status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(start), answer);
        } catch (IOException e) {
            return new Answer(null, OutboundFailure.describe(e), millisSince(start), null);
        } catch (IllegalArgumentException e) {
            return new Answer(null, "not a valid URL", millisSince(start), null);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
