package io.gemlink.account.web;

import io.gemlink.account.boundary.PasswordResetService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.TooManyAttemptsException;
import io.gemlink.web.security.ClientAddresses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two pages of a password reset without e-mail: {@code /forgot-password.xhtml} asks for the address and answers
 * alike whether it has an account (the token goes to the server log, for the operator to hand over);
 * {@code /reset-password.xhtml} takes the token (also as {@code ?token=}) and the new password.
 */
@Named
@RequestScoped
public class PasswordResetPage {

    private static final Map<String, String> LABELS = Map.of("token", "Reset token", "password", "New password");

    @EJB
    PasswordResetService resets;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "gemlink.security.reset.token-minutes", defaultValue = "30")
    int tokenMinutes;

    private String email;
    private String token;
    private String password;
    private String repeat;
    private boolean requested;
    private boolean done;

    public void requestReset() {
        try {
            resets.request(clientAddresses.of(request), email);
            requested = true;
        } catch (TooManyAttemptsException e) {
            error("Too many requests; try again in " + TooManyAttemptsException.seconds(e.retryAfter()) + " s.");
        }
    }

    public void reset() {
        if (password != null && !password.isEmpty() && !password.equals(repeat)) {
            error("Repeat the password: the two passwords differ.");
            return;
        }
        try {
            resets.reset(clientAddresses.of(request), token, password);
            done = true;
        } catch (BadInputException e) {
            e.errors().forEach(err -> error(LABELS.getOrDefault(err.field(), err.field()) + ": " + err.message()));
        } catch (TooManyAttemptsException e) {
            error("Too many attempts; try again in " + TooManyAttemptsException.seconds(e.retryAfter()) + " s.");
        } finally {
            password = null;
            repeat = null;
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    /** How long a token may be used, for the pages' words. */
    public int getTokenMinutes() {
        return tokenMinutes;
    }

    /** The request was taken (whatever the address). */
    public boolean isRequested() {
        return requested;
    }

    /** The password was changed. */
    public boolean isDone() {
        return done;
    }
}
