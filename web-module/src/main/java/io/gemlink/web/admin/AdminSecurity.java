package io.gemlink.web.admin;

import io.gemlink.account.boundary.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * Form login for the admin screens against the account users in the database. The partner API is
 * outside every security constraint: it authenticates by API key and answers 401, never a login page.
 */
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "/login.xhtml?error=true", useForwardToLogin = false))
@ApplicationScoped
public class AdminSecurity implements IdentityStore {

    /** The one role of the admin screens; what a user sees is limited by its account, not by roles. */
    public static final String USER_ROLE = "user";

    @EJB
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verifyLogin(credential.getCaller(), credential.getPasswordAsString())
                .map(user -> new CredentialValidationResult(user.email(), Set.of(USER_ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
