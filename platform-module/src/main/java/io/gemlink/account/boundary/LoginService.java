package io.gemlink.account.boundary;

import io.gemlink.account.control.Passwords;
import io.gemlink.account.control.Throttles;
import io.gemlink.account.entity.AppUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The admin login check: throttled per client address and per e-mail address before any password is
 * looked at; an unknown e-mail and a wrong password answer alike and take about as long; a good login
 * with a hash of an older cost rewrites it.
 */
@Stateless
public class LoginService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Throttles throttles;

    public Result login(String clientAddress, String email, String password) {
        String normalizedEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttles.loginWait(clientAddress, normalizedEmail);
        if (wait.isPresent()) {
            return new Result(Outcome.THROTTLED, null, wait.get());
        }
        AppUser user = em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (!passwords.verify(password, user == null ? null : user.getPasswordHash())) {
            throttles.loginFailed(clientAddress, normalizedEmail);
            return new Result(Outcome.REFUSED, null, null);
        }
        throttles.loginSucceeded(normalizedEmail);
        if (passwords.needsRehash(user.getPasswordHash())) {
            user.changePasswordHash(passwords.hash(password));
        }
        return new Result(Outcome.ACCEPTED, AccountService.UserView.of(user), null);
    }

    /** What became of a login. */
    public enum Outcome {
        ACCEPTED,
        REFUSED,
        THROTTLED
    }

    /** The user when accepted; how long to wait when throttled. */
    public record Result(Outcome outcome, AccountService.UserView user, Duration retryAfter) {}
}
