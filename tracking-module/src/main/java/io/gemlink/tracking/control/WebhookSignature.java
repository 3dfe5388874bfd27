package io.gemlink.tracking.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook notice: {@code X-Gemlink-Signature: sha256=<hex>}, the lower-case hex HMAC-SHA256,
 * with the account's webhook secret, of {@code "<timestamp>.<raw body>"} where the timestamp is the attempt's
 * {@code X-Gemlink-Timestamp} (unix seconds). Signing the time with the body lets a receiver refuse a replay: an
 * old notice cannot be given a fresh timestamp without the secret.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Gemlink-Signature";
    public static final String TIMESTAMP = "X-Gemlink-Timestamp";

    private WebhookSignature() {}

    public static String header(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
