package io.gemlink.account.boundary;

import io.gemlink.account.control.ApiKeys;
import io.gemlink.account.control.Passwords;
import io.gemlink.account.control.SecurityConfig;
import io.gemlink.account.control.SignupRules;
import io.gemlink.account.control.Throttles;
import io.gemlink.account.entity.ActivityEntry;
import io.gemlink.account.entity.AppUser;
import io.gemlink.account.entity.PasswordReset;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.TooManyAttemptsException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Password reset without e-mail (docs/accounts.md): a request for an address that has a user issues a single-use
 * token ({@code glr_} + 256 random bits) valid {@code gemlink.security.reset.token-minutes}, writes it to the server
 * log for the operator to hand over, and stores only its SHA-256. A request for an unknown address answers the same
 * (nothing tells whether the address has an account). Requests are throttled per client address and per e-mail
 * address; refused tokens spend the client address's attempts.
 */
@Stateless
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());
    static final String PREFIX = "glr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Throttles throttles;

    @Inject
    @ConfigProperties
    SecurityConfig config;

    /**
     * Asks for a reset of {@code email}'s password. Returns alike whether the address has a user or not; for a
     * user, any earlier open token is ended and a new one is written to the server log.
     *
     * @throws TooManyAttemptsException while the client address or the e-mail address must wait (nothing done)
     */
    public void request(String clientAddress, String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        throttles.resetRequest(clientAddress, normalized);
        Optional<AppUser> user = em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
                .setParameter("email", normalized)
                .getResultStream()
                .findFirst();
        if (user.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofMinutes(config.resetTokenMinutes));
        em.createNamedQuery(PasswordReset.SUPERSEDE)
                .setParameter("now", now)
                .setParameter("userId", user.get().getId())
                .executeUpdate();
        String token = newToken();
        em.persist(new PasswordReset(user.get().getId(), ApiKeys.hash(token), now, expires));
        em.persist(new ActivityEntry(
                user.get().getAccountId(), now, "account", "Password reset asked for " + normalized + "."));
        // the one place the token exists in clear: the operator hands it to the user (there is no e-mail)
        LOG.info("Password reset token for " + normalized + ": " + token + " (single use, valid until " + expires
                + "; enter it at /reset-password.xhtml)");
    }

    /**
     * Sets a new password (the signup's rule) with a token from {@link #request}: the token is used up, and every
     * other open token of that user ends. An unknown, used or expired token is refused alike, naming {@code token}.
     *
     * @throws TooManyAttemptsException while the client address must wait (before anything is looked at)
     * @throws BadInputException naming {@code password} or {@code token}
     */
    public void reset(String clientAddress, String token, String newPassword) {
        Optional<Duration> wait = throttles.resetTokenWait(clientAddress);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        SignupRules.checkNewPassword(newPassword); // before the token is used: a short password does not spend it
        Instant now = Instant.now();
        PasswordReset reset = token == null || token.isBlank()
                ? null
                : em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
                        .setParameter("tokenHash", ApiKeys.hash(token.strip()))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        // one conditional UPDATE: of two requests with the same token, exactly one changes the row
        if (reset == null
                || em.createNamedQuery(PasswordReset.USE)
                                .setParameter("now", now)
                                .setParameter("id", reset.getId())
                                .executeUpdate()
                        != 1) {
            throttles.resetTokenRefused(clientAddress);
            throw new BadInputException("token", "is unknown, used or expired: ask for a new one");
        }
        AppUser user = em.find(AppUser.class, reset.getUserId());
        user.changePasswordHash(passwords.hash(newPassword));
        em.createNamedQuery(PasswordReset.SUPERSEDE)
                .setParameter("now", now)
                .setParameter("userId", user.getId())
                .executeUpdate();
        em.persist(new ActivityEntry(
                user.getAccountId(), now, "account", "Password reset with a token for " + user.getEmail() + "."));
        throttles.loginSucceeded(user.getEmail()); // the new password may be tried at once
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
