package io.gemlink.account.control;

import io.gemlink.platform.api.TooManyAttemptsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The login, signup and password reset throttles, per client address and per e-mail address (gemlink.security.*).
 * Logins spend an attempt only when they fail, and a good login gives its e-mail address its attempts
 * back (never its client address: one's own account must not reset a guesser's budget). Every signup
 * spends one, successful or not. Unknown and known e-mail addresses are throttled alike.
 * The buckets live in JCache caches on Payara's data grid (Hazelcast), which every instance of a cluster shares,
 * so N instances give a client one budget, not N; where no cache manager can be had, in this server's memory
 * (docs/accounts.md).
 */
@ApplicationScoped
public class Throttles {

    private static final Logger LOG = Logger.getLogger(Throttles.class.getName());

    @Inject
    @ConfigProperties
    SecurityConfig config;

    private Throttle loginByAddress;
    private Throttle loginByEmail;
    private Throttle signupByAddress;
    private Throttle signupByEmail;
    private Throttle resetByAddress;
    private Throttle resetByEmail;

    @Inject
    Instance<CacheManager> caches;

    @PostConstruct
    void init() {
        loginByAddress = throttle("login-address", config.loginAddressAttempts, config.loginAddressRefillSeconds);
        loginByEmail = throttle("login-email", config.loginEmailAttempts, config.loginEmailRefillSeconds);
        signupByAddress = throttle("signup-address", config.signupAddressAttempts, config.signupAddressRefillSeconds);
        signupByEmail = throttle("signup-email", config.signupEmailAttempts, config.signupEmailRefillSeconds);
        resetByAddress = throttle("reset-address", config.resetAddressAttempts, config.resetAddressRefillSeconds);
        resetByEmail = throttle("reset-email", config.resetEmailAttempts, config.resetEmailRefillSeconds);
    }

    private Throttle throttle(String name, int attempts, int refillSeconds) {
        Duration refill = Duration.ofSeconds(refillSeconds);
        Throttle.Buckets buckets = null;
        if (config.throttleShared) {
            try {
                buckets = new CacheBuckets(cache("gemlink-throttle-" + name, Throttle.span(attempts, refill)));
            } catch (RuntimeException e) { // no data grid here: each server counts alone
                LOG.log(Level.WARNING, "throttle " + name + " kept in this server's memory: no shared cache", e);
            }
        }
        if (buckets == null) {
            buckets = Throttle.inMemory(config.throttleMaxKeys);
        }
        return new Throttle(attempts, refill, Clock.systemUTC(), buckets);
    }

    /** The named cache, made on first use by whichever instance comes first; an entry lasts the throttle's span. */
    private Cache<String, Long> cache(String name, Duration span) {
        CacheManager manager = caches.get();
        Cache<String, Long> cache = manager.getCache(name, String.class, Long.class);
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(
                    name,
                    new MutableConfiguration<String, Long>()
                            .setTypes(String.class, Long.class)
                            .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                                    new javax.cache.expiry.Duration(TimeUnit.SECONDS, span.toSeconds()))));
        } catch (CacheException madeMeanwhile) { // by another instance
            return manager.getCache(name, String.class, Long.class);
        }
    }

    /** A throttle's buckets in a JCache cache: each call one atomic operation on the grid. */
    private record CacheBuckets(Cache<String, Long> cache) implements Throttle.Buckets {
        @Override
        public Long get(String key) {
            return cache.get(key);
        }

        @Override
        public boolean putIfAbsent(String key, long fullAt) {
            return cache.putIfAbsent(key, fullAt);
        }

        @Override
        public boolean replace(String key, long expected, long fullAt) {
            return cache.replace(key, expected, fullAt);
        }

        @Override
        public void remove(String key) {
            cache.remove(key);
        }
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

    /**
     * Spends a password reset request (every one counts, for known and unknown addresses alike), or refuses it
     * (nothing spent) while the address or the e-mail must wait.
     */
    public void resetRequest(String address, String email) {
        Optional<Duration> wait = longest(resetByAddress.waitFor(address), resetByEmail.waitFor(email));
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        resetByAddress.spend(address);
        resetByEmail.spend(email);
    }

    /** How long a client must wait before its reset token is looked at; empty if now. */
    public Optional<Duration> resetTokenWait(String address) {
        return resetByAddress.waitFor(address);
    }

    /** A reset token that was unknown, used or expired: spends one of the client address's attempts. */
    public void resetTokenRefused(String address) {
        resetByAddress.spend(address);
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Duration::compareTo);
    }
}
