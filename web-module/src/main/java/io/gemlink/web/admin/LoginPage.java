package io.gemlink.web.admin;

import io.gemlink.platform.api.TooManyAttemptsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;

/** What the login page says after a refused login: wrong e-mail or password, or how long to wait. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    HttpServletRequest request;

    /** Seconds until a throttled login may try again; 0 when it is not throttled. */
    public long getRetryInSeconds() {
        var session = request.getSession(false);
        Object retryAt = session == null ? null : session.getAttribute(AdminSecurity.RETRY_AT);
        if (!(retryAt instanceof Instant at) || !at.isAfter(Instant.now())) {
            return 0;
        }
        return TooManyAttemptsException.seconds(Duration.between(Instant.now(), at));
    }
}
