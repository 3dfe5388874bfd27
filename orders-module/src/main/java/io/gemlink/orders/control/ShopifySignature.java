package io.gemlink.orders.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Shopify's webhook signature: base64 HMAC-SHA256 of the raw body with the shared secret. */
public final class ShopifySignature {

    private ShopifySignature() {}

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so the answer time tells nothing about how much of the header was right. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (secret == null || header == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
