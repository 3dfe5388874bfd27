package io.gemlink.account.control;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * platform-module's settings, {@code gemlink.security.*} (docs/accounts.md): the password hash cost, the login,
 * signup and password reset throttles and the reset token's lifetime, read once per injection.
 * ({@code gemlink.security.trusted-proxies} is web-module's.)
 * Boxed fields: a value that does not convert leaves null, and Payara fails the injection instead of
 * silently keeping 0.
 */
@ConfigProperties(prefix = "gemlink.security")
@Dependent
public class SecurityConfig {

    // PBKDF2 iterations of a new password hash
    @ConfigProperty(name = "password-iterations", defaultValue = "600000")
    public Integer passwordIterations;

    // failed logins per client address...
    @ConfigProperty(name = "login.address.attempts", defaultValue = "20")
    public Integer loginAddressAttempts;

    // ...one given back this often
    @ConfigProperty(name = "login.address.refill-seconds", defaultValue = "30")
    public Integer loginAddressRefillSeconds;

    // failed logins per e-mail address...
    @ConfigProperty(name = "login.email.attempts", defaultValue = "5")
    public Integer loginEmailAttempts;

    // ...one given back this often
    @ConfigProperty(name = "login.email.refill-seconds", defaultValue = "60")
    public Integer loginEmailRefillSeconds;

    // signups per client address...
    @ConfigProperty(name = "signup.address.attempts", defaultValue = "30")
    public Integer signupAddressAttempts;

    // ...one given back this often
    @ConfigProperty(name = "signup.address.refill-seconds", defaultValue = "120")
    public Integer signupAddressRefillSeconds;

    // signups per e-mail address...
    @ConfigProperty(name = "signup.email.attempts", defaultValue = "5")
    public Integer signupEmailAttempts;

    // ...one given back this often
    @ConfigProperty(name = "signup.email.refill-seconds", defaultValue = "60")
    public Integer signupEmailRefillSeconds;

    // password reset requests and refused reset tokens per client address...
    @ConfigProperty(name = "reset.address.attempts", defaultValue = "20")
    public Integer resetAddressAttempts;

    // ...one given back this often
    @ConfigProperty(name = "reset.address.refill-seconds", defaultValue = "60")
    public Integer resetAddressRefillSeconds;

    // password reset requests per e-mail address (known or not)...
    @ConfigProperty(name = "reset.email.attempts", defaultValue = "5")
    public Integer resetEmailAttempts;

    // ...one given back this often
    @ConfigProperty(name = "reset.email.refill-seconds", defaultValue = "120")
    public Integer resetEmailRefillSeconds;

    // how long a password reset token may be used after it was issued
    @ConfigProperty(name = "reset.token-minutes", defaultValue = "30")
    public Integer resetTokenMinutes;

    // the throttles' buckets in the data grid's caches, shared by every instance of a cluster (else in memory)
    @ConfigProperty(name = "throttle.shared", defaultValue = "true")
    public Boolean throttleShared;

    // addresses each throttle remembers when in memory
    @ConfigProperty(name = "throttle.max-keys", defaultValue = "100000")
    public Integer throttleMaxKeys;
}
