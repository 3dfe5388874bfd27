package io.gemlink.account.control;

import io.gemlink.platform.api.TooManyAttemptsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The login and signup throttles, per client address and per e-mail address (gemlink.security.*).
 * Logins spend an attempt only when they fail, and a good login gives its e-mail address its attempts
 * back (never its client address: one's own account must not reset a guesser's budget). Every signup
 * spends one, successful or not. Unknown and known e-mail addresses are throttled alike.
 * State lives in this server's memory (see docs/accounts.md for why).
 */
@ApplicationScoped
public class Throttles {

    @Inject
    @ConfigProperties
    SecurityConfig config;

    private Throttle loginByAddress;
    private Throttle loginByEmail;
    private Throttle signupByAddress;
    private Throttle signupByEmail;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        int keys = config.throttleMaxKeys;
        loginByAddress = new Throttle(
                config.loginAddressAttempts, Duration.ofSeconds(config.loginAddressRefillSeconds), keys, clock);
        loginByEmail = new Throttle(
                config.loginEmailAttempts, Duration.ofSeconds(config.loginEmailRefillSeconds), keys, clock);
        signupByAddress = new Throttle(
                config.signupAddressAttempts, Duration.ofSeconds(config.signupAddressRefillSeconds), keys, clock);
        signupByEmail = new Throttle(
                config.signupEmailAttempts, Duration.ofSeconds(config.signupEmailRefillSeconds), keys, clock);
    }

    /** How long this login must wait; empty if it may be checked now. */
    public Optional<Duration> loginWait(String address, String email) {
        return longest(loginByAddress.waitFor(address), loginByEmail.waitFor(email));
    }

    public void loginFailed(String address, String email) {
        loginByAddress.spend(address);
        loginByEmail.spend(email);
    }

    public void loginSucceeded(String email) {
        loginByEmail.forgive(email);
    }

    /** Spends a signup attempt, or refuses it (nothing spent) while the address or the e-mail must wait. */
    public void signupAttempt(String address, String email) {
        Optional<Duration> wait = longest(signupByAddress.waitFor(address), signupByEmail.waitFor(email));
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        signupByAddress.spend(address);
        signupByEmail.spend(email);
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Duration::compareTo);
    }
}
