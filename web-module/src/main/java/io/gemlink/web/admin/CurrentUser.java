package io.gemlink.web.admin;

import io.gemlink.account.api.AccountView;
import io.gemlink.account.boundary.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The logged-in admin user and its account. Every backing bean takes the account id from here, so a
 * screen only ever shows its own account's data.
 */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private AccountService.UserView user;
    private AccountView account;

    public AccountService.UserView user() {
        if (user == null) {
            // request.getUserPrincipal, not SecurityContext: payara/Payara#4734 on the first request after login
            var principal = request.getUserPrincipal();
            if (principal == null) {
                throw new IllegalStateException("admin pages are behind the login");
            }
            user = accounts.findUserByEmail(principal.getName())
                    .orElseThrow(() -> new IllegalStateException("user no longer exists"));
        }
        return user;
    }

    public long accountId() {
        return user().accountId();
    }

    public AccountView getAccount() {
        if (account == null) {
            account = accounts.get(accountId());
        }
        return account;
    }

    public String getEmail() {
        return user().email();
    }

    public String logout() throws Exception {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login.xhtml?faces-redirect=true";
    }
}
