package io.gemlink.account.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.AccountView;
import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.control.Passwords;
import io.gemlink.account.control.PublicIds;
import io.gemlink.account.control.SignupRules;
import io.gemlink.account.control.Throttles;
import io.gemlink.account.entity.Account;
import io.gemlink.account.entity.ActivityEntry;
import io.gemlink.account.entity.AppUser;
import io.gemlink.account.entity.DropshippingSettings;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.TooManyAttemptsException;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Signup and account look-ups (API keys: {@link ApiKeyService}; the admin login: {@link LoginService}). */
@Stateless
@LocalBean
@Local(AccountDirectory.class)
public class AccountService implements AccountDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Throttles throttles;

    @EJB
    ApiKeyService apiKeys;

    /**
     * A partner's signup from {@code clientAddress}: throttled per address and per e-mail address
     * (every attempt counts, good or bad), then {@link #open}.
     *
     * @throws io.gemlink.platform.api.TooManyAttemptsException before anything is checked, while throttled
     */
    public Signup signup(String clientAddress, String name, String email, String password) {
        throttles.signupAttempt(
                clientAddress, email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        return open(name, email, password);
    }

    /**
     * Opens an account with its first user and first API key ("default"). The key is returned here and
     * never again: only its hash is stored. Not throttled: for callers inside the server (the demo).
     */
    public Signup open(String name, String email, String password) {
        SignupRules.check(name, email, password);
        String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
        if (findUser(normalizedEmail).isPresent()) {
            throw new ConflictException("email", "an account with this e-mail address already exists");
        }
        Instant now = Instant.now();
        Account account = new Account(name.trim(), now);
        em.persist(account);
        em.flush(); // the public id derives from the generated id
        account.assignPublicId(PublicIds.of(account.getName(), account.getId()));

        em.persist(new AppUser(account.getId(), normalizedEmail, passwords.hash(password), now));
        String key = apiKeys.create(account.getId(), "default").key();
        em.persist(new DropshippingSettings(account.getId(), now));
        em.persist(new ActivityEntry(account.getId(), now, "account", "Account opened for " + normalizedEmail + "."));
        em.flush(); // a concurrent signup with the same e-mail fails here, inside this transaction

        return new Signup(view(account), key);
    }

    /** Renames the account (the signup's rule for a name); its public id stays. */
    public AccountView rename(long accountId, String name) {
        SignupRules.checkName(name);
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("account");
        }
        String before = account.getName();
        account.rename(name.trim());
        em.persist(new ActivityEntry(
                accountId,
                Instant.now(),
                "account",
                "Account renamed from " + before + " to " + account.getName() + "."));
        return view(account);
    }

    /**
     * Changes a user's login e-mail address, password, or both, once its current password is given: a wrong one is
     * refused and counts as a failed login (the same throttle), so a left-open session cannot be used to guess it.
     * What is given follows the signup's rules; an address another user has is refused (409).
     */
    public UserView changeLogin(
            String clientAddress, long userId, String currentPassword, String newEmail, String newPassword) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw new NotFoundException("user");
        }
        Optional<Duration> wait = throttles.loginWait(clientAddress, user.getEmail());
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        if (!passwords.verify(currentPassword, user.getPasswordHash())) {
            throttles.loginFailed(clientAddress, user.getEmail());
            throw new BadInputException("currentPassword", "is not your current password");
        }
        String email = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
        String password = newPassword == null || newPassword.isEmpty() ? null : newPassword;
        if (email == null && password == null) {
            throw new BadInputException("newEmail", "give a new e-mail address, a new password, or both");
        }
        SignupRules.checkLoginChange(email, password);
        List<String> changed = new ArrayList<>();
        if (email != null && !email.toLowerCase(Locale.ROOT).equals(user.getEmail())) {
            String normalized = email.toLowerCase(Locale.ROOT);
            if (findUser(normalized).isPresent()) {
                throw new ConflictException("email", "an account with this e-mail address already exists");
            }
            changed.add("login e-mail changed from " + user.getEmail() + " to " + normalized);
            user.changeEmail(normalized);
        }
        if (password != null) {
            user.changePasswordHash(passwords.hash(password));
            changed.add("password changed for " + user.getEmail());
        }
        if (!changed.isEmpty()) {
            em.persist(new ActivityEntry(
                    user.getAccountId(),
                    Instant.now(),
                    "account",
                    "Login changed: " + String.join("; ", changed) + "."));
            em.flush(); // two users taking the same address at once: the unique key refuses the second here
        }
        return UserView.of(user);
    }

    public Optional<UserView> findUserByEmail(String email) {
        return findUser(email.trim().toLowerCase(Locale.ROOT)).map(UserView::of);
    }

    @Override
    public Optional<AccountView> findByPublicId(String publicId) {
        return em.createNamedQuery(Account.BY_PUBLIC_ID, Account.class)
                .setParameter("publicId", publicId)
                .getResultStream()
                .findFirst()
                .map(AccountService::view);
    }

    @Override
    public AccountView get(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("account");
        }
        return view(account);
    }

    @Override
    public DropshippingSettingsView dropshipping(long accountId) {
        DropshippingSettings settings = em.find(DropshippingSettings.class, accountId);
        if (settings == null) {
            throw new NotFoundException("account");
        }
        return SettingsService.view(settings);
    }

    private Optional<AppUser> findUser(String normalizedEmail) {
        return em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    private static AccountView view(Account account) {
        return new AccountView(account.getId(), account.getPublicId(), account.getName());
    }

    /** The result of a signup: the new account and its API key, shown once. */
    public record Signup(AccountView account, String apiKey) {}

    /** A user of the admin screens. */
    public record UserView(long id, long accountId, String email) {
        static UserView of(AppUser user) {
            return new UserView(user.getId(), user.getAccountId(), user.getEmail());
        }
    }
}
