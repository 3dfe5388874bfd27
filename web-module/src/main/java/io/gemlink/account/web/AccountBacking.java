package io.gemlink.account.web;

import io.gemlink.account.api.ActivityView;
import io.gemlink.account.boundary.AccountService;
import io.gemlink.account.boundary.ActivityService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.platform.api.TooManyAttemptsException;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.security.ClientAddresses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * The account page: who we are, renaming the business, changing the login (e-mail, password) with the current
 * password, and what the platform did for us lately.
 */
@Named
@RequestScoped
public class AccountBacking {

    /** The page's words for the fields the account service names. */
    private static final Map<String, String> LABELS = Map.of(
            "name", "Name",
            "currentPassword", "Current password",
            "newEmail", "New e-mail address",
            "email", "New e-mail address",
            "password", "New password");

    @EJB
    ActivityService activity;

    @EJB
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    HttpServletRequest request;

    private List<ActivityView> recent;
    private String name;
    private String currentPassword;
    private String newEmail;
    private String newPassword;

    public List<ActivityView> getRecentActivity() {
        if (recent == null) {
            recent = activity.list(currentUser.accountId(), PageRequest.of(0, 100))
                    .items();
        }
        return recent;
    }

    public String rename() {
        try {
            accounts.rename(currentUser.accountId(), name);
            return "/admin/account/account.xhtml?faces-redirect=true";
        } catch (BadInputException e) {
            refused(e);
            return null;
        }
    }

    /**
     * A new e-mail address ends the session (the login is by address): the login page asks for the new one. A new
     * password alone keeps it.
     */
    public String changeLogin() throws Exception { // the logout's own failure is the container's to report
        try {
            String before = currentUser.getEmail();
            AccountService.UserView changed = accounts.changeLogin(
                    clientAddresses.of(request), currentUser.user().id(), currentPassword, newEmail, newPassword);
            if (!changed.email().equals(before)) {
                currentUser.logout();
                return "/login.xhtml?faces-redirect=true&changed=email";
            }
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Password changed.", null));
            return null;
        } catch (BadInputException e) {
            refused(e);
        } catch (ConflictException e) {
            error(label(e.field()) + ": " + e.getMessage());
        } catch (TooManyAttemptsException e) {
            error("Too many wrong passwords; try again in " + TooManyAttemptsException.seconds(e.retryAfter()) + " s.");
        }
        return null;
    }

    private static void refused(BadInputException e) {
        e.errors().forEach(err -> error(label(err.field()) + ": " + err.message()));
    }

    private static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The form shows the current name until another is typed. */
    public String getName() {
        return name == null ? currentUser.getAccount().name() : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
