package io.gemlink.web.admin;

import io.gemlink.account.boundary.LoginService;
import io.gemlink.web.security.ClientAddresses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Set;

/**
 * Form login for the admin screens against the account users in the database: Jakarta Security's
 * login-to-continue (a protected page leads to {@code /login.xhtml} and back after the login) around
 * our own check of {@code j_username}/{@code j_password}, which the built-in form mechanism could not do:
 * refuse a throttled client before any password is checked and tell the login page how long to wait,
 * and give the session a new id at login (session fixation). The partner API is outside every security
 * constraint: it authenticates by API key and answers 401, never a login page.
 *
 * <p>The login is kept in the session as a plain attribute ({@link #CALLER}) and applied again on every
 * request by {@link SessionLogin}, instead of {@code @AutoApplySession}: that one relies on the container's
 * own record of the session's login, whose roles do not travel with a replicated session
 * (payara/Payara#6342): on another Payara Micro instance of the cluster the caller had no role and every
 * admin page answered 403. A String attribute is replicated with the session, so a login survives the loss
 * of its instance (docs/scale.md).
 */
@SessionLogin
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?error=true", useForwardToLogin = false)
@ApplicationScoped
public class AdminSecurity implements HttpAuthenticationMechanism {

    /** The one role of the admin screens; what a user sees is limited by its account, not by roles. */
    public static final String USER_ROLE = "user";
    /** Session attribute: when a throttled login may try again (an {@link Instant}), for the login page. */
    static final String RETRY_AT = "gemlink.login.retryAt";
    /** Session attribute: the e-mail of the user logged in on this session; gone at logout (invalidated). */
    static final String CALLER = "gemlink.login.caller";

    @EJB
    LoginService logins;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isLoginPost(request)) {
            return context.doNothing();
        }
        LoginService.Result result = logins.login(
                clientAddresses.of(request), request.getParameter("j_username"), request.getParameter("j_password"));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(RETRY_AT);
        }
        switch (result.outcome()) {
            case ACCEPTED -> {
                if (session != null) {
                    request.changeSessionId(); // whoever knew the id before the login must not share the login
                }
                request.getSession().setAttribute(CALLER, result.user().email());
                return context.notifyContainerAboutLogin(result.user().email(), Set.of(USER_ROLE));
            }
            case THROTTLED -> {
                if (session != null) {
                    session.setAttribute(RETRY_AT, Instant.now().plus(result.retryAfter()));
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            default -> {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
    }

    /** A post of the login form: the one request that logs in, also on a session that is logged in already. */
    static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().endsWith("/j_security_check")
                && request.getParameter("j_username") != null
                && request.getParameter("j_password") != null;
    }
}
