package io.gemlink.account.control;

import io.gemlink.platform.api.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Makes partner API keys (256 random bits), the SHA-256 under which they are stored, and checks their names. */
public final class ApiKeys {

    public static final String PREFIX = "glk_";
    /** Active keys one account may hold: enough for every integration, not a table to fill. */
    public static final int MAX_PER_ACCOUNT = 25;

    public static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** What a person sees to tell keys apart: the first characters, never the whole key. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(12, key.length()));
    }

    /** A key's name as checked: trimmed. */
    record KeyName(
            @NotBlank(message = "is required") @Size(max = MAX_NAME, message = "must be at most {max} characters")
            String name) {}

    /**
     * The name a person gave a key, trimmed; required and at most {@value #MAX_NAME} characters.
     *
     * @throws io.gemlink.platform.api.BadInputException naming {@code name}
     */
    public static String checkName(String name) {
        KeyName checked = new KeyName(name == null ? null : name.strip());
        Constraints.check(checked, List.of());
        return checked.name();
    }
}
