package io.gemlink.account.web;

import io.gemlink.account.api.AccountView;
import io.gemlink.account.boundary.AccountService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
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

/**
 * The sign-up page: the same signup as {@code POST /api/v1/accounts} (its rules and throttles), then the new
 * account's public id and its first API key, shown this once, and the way to log in.
 */
@Named
@RequestScoped
public class SignupPage {

    /** The form's words for the signup's fields. */
    private static final Map<String, String> LABELS =
            Map.of("name", "Business name", "email", "E-mail", "password", "Password");

    @EJB
    AccountService accounts;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    HttpServletRequest request;

    private String name;
    private String email;
    private String password;
    private AccountView opened;
    private String apiKey;

    public void signup() {
        try {
            AccountService.Signup signup = accounts.signup(clientAddresses.of(request), name, email, password);
            opened = signup.account();
            apiKey = signup.apiKey();
            password = null;
        } catch (BadInputException e) {
            e.errors().forEach(err -> error(label(err.field()) + ": " + err.message()));
        } catch (ConflictException e) {
            error(label(e.field()) + ": " + e.getMessage() + ". Log in instead, or use another address.");
        } catch (TooManyAttemptsException e) {
            error("Too many sign-ups from here; try again in " + TooManyAttemptsException.seconds(e.retryAfter())
                    + " s.");
        }
    }

    private static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The account just opened, or null before. */
    public AccountView getOpened() {
        return opened;
    }

    /** Its first API key, shown on this answer only. */
    public String getApiKey() {
        return apiKey;
    }
}
