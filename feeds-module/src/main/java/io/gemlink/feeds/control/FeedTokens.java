package io.gemlink.feeds.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Grant tokens: 256 random bits, stored as their SHA-256 (the idea of platform-module's API keys; a
 * separate prefix so that a feed token is never mistaken for an API key).
 */
public final class FeedTokens {

    public static final String PREFIX = "glf_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(12, token.length()));
    }
}
