package io.gemlink.platform.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Seals the secrets the server must be able to read back (webhook signing secrets, feed tokens) for
 * storage: AES-256-GCM from the JDK with a random 96-bit nonce per value, kept as the text
 * {@code v1:<base64 of nonce, ciphertext and tag>}. The version prefix lets a later format or key
 * live beside this one. The server key is {@value #KEY_PROPERTY} (base64 of 32 random bytes), read
 * from MicroProfile Config, so from the environment ({@code GEMLINK_SECRETS_KEY}) in practice.
 */
public final class SecretBox {

    public static final String KEY_PROPERTY = "gemlink.secrets.key";
    static final String V1 = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SecretBox configured;

    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A key as configured: base64 of 32 random bytes, e.g. {@code head -c 32 /dev/urandom | base64}. */
    public static SecretBox ofBase64(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY_PROPERTY + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    KEY_PROPERTY + " must be base64 of " + KEY_BYTES + " bytes, not " + bytes.length);
        }
        return new SecretBox(bytes);
    }

    /** The box of this server's key; fails with a clear message while the key is missing or malformed. */
    public static SecretBox configured() {
        SecretBox box = configured;
        if (box == null) {
            String key = ConfigProvider.getConfig()
                    .getOptionalValue(KEY_PROPERTY, String.class)
                    .orElseThrow(() -> new IllegalStateException(KEY_PROPERTY + " (GEMLINK_SECRETS_KEY) is not set;"
                            + " stored secrets are sealed with it. Make one with: head -c 32 /dev/urandom | base64"));
            box = ofBase64(key);
            configured = box;
        }
        return box;
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(V1);
    }

    public String seal(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return V1
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws IllegalStateException if the value is not sealed, was changed, or was sealed with another key */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(V1.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a sealed secret is not base64", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a sealed secret is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException(
                    "a sealed secret does not open: changed, or sealed with another " + KEY_PROPERTY, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
