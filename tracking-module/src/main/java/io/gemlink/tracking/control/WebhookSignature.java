package io.gemlink.tracking.control;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a tracking notice: {@code X-Gemlink-Signature: sha256=<hex>}, the lower-case hex
 * HMAC-SHA256 of the exact body bytes with the account's webhook secret.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Gemlink-Signature";

    private WebhookSignature() {}

    public static String header(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
