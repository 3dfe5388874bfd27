package io.gemlink.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Password hashes: Jakarta Security's PBKDF2 with HMAC-SHA256 at {@code gemlink.security.password-iterations}
 * (OWASP 2023: 600,000; about 130–180 ms per hash on this project's two-core machine). A stored hash
 * names its own algorithm and iterations, so older hashes still verify and are rewritten at the next
 * good login ({@link #needsRehash}). A login for an unknown e-mail is checked against a decoy hash of
 * the same cost, so it answers as slowly as a wrong password.
 */
@ApplicationScoped
public class Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperties
    SecurityConfig config;

    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                ALGORITHM,
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(config.passwordIterations)));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = pbkdf2.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Whether the password matches the stored hash; a null hash (no such user) costs the same and fails. */
    public boolean verify(String password, String storedHash) {
        char[] given = (password == null ? "" : password).toCharArray();
        if (storedHash == null) {
            pbkdf2.verify(given, decoy);
            return false;
        }
        try {
            return pbkdf2.verify(given, storedHash);
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    /** A hash made with another algorithm or fewer iterations than configured now. */
    public boolean needsRehash(String storedHash) {
        return PasswordHashFormat.needsRehash(storedHash, ALGORITHM, config.passwordIterations);
    }
}
