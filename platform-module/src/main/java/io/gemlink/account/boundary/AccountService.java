package io.gemlink.account.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.AccountOpened;
import io.gemlink.account.api.AccountView;
import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.control.ApiKeys;
import io.gemlink.account.control.PublicIds;
import io.gemlink.account.control.SignupRules;
import io.gemlink.account.entity.Account;
import io.gemlink.account.entity.ActivityEntry;
import io.gemlink.account.entity.ApiKey;
import io.gemlink.account.entity.AppUser;
import io.gemlink.account.entity.DropshippingSettings;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Signup, API-key authentication, login checks and account look-ups. */
@Stateless
@LocalBean
@Local(AccountDirectory.class)
public class AccountService implements AccountDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Event<AccountOpened> accountOpened;

    /**
     * Opens an account with its first user and first API key. The key is returned here and never
     * again: only its hash is stored.
     */
    public Signup signup(String name, String email, String password) {
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

        em.persist(new AppUser(account.getId(), normalizedEmail, passwordHash.generate(password.toCharArray()), now));
        String key = ApiKeys.newKey();
        em.persist(new ApiKey(account.getId(), ApiKeys.displayPrefix(key), ApiKeys.hash(key), now));
        em.persist(new DropshippingSettings(account.getId(), now));
        em.persist(new ActivityEntry(account.getId(), now, "account", "Account opened for " + normalizedEmail + "."));
        em.flush(); // a concurrent signup with the same e-mail fails here, inside this transaction

        accountOpened.fire(new AccountOpened(account.getId(), account.getPublicId(), account.getName()));
        return new Signup(view(account), key);
    }

    /**
     * Registers a key chosen outside (the demo network's configured keys) unless it is already there.
     * Keys must look like generated ones, so a guessable short key is refused.
     */
    public void addApiKeyIfAbsent(long accountId, String key) {
        if (key == null || !key.startsWith(ApiKeys.PREFIX) || key.length() < ApiKeys.PREFIX.length() + 32) {
            throw new BadInputException("apiKey", "must start with " + ApiKeys.PREFIX + " and carry at least 32 more characters");
        }
        String hash = ApiKeys.hash(key);
        boolean known = !em.createNamedQuery(ApiKey.ACTIVE_BY_HASH, ApiKey.class)
                .setParameter("keyHash", hash).getResultList().isEmpty();
        if (!known) {
            em.persist(new ApiKey(get(accountId).id(), ApiKeys.displayPrefix(key), hash, Instant.now()));
        }
    }

    /** The account a partner API key belongs to, if the key is known and not revoked. */
    public Optional<AccountView> authenticate(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(ApiKeys.PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.ACTIVE_BY_HASH, ApiKey.class)
                .setParameter("keyHash", ApiKeys.hash(apiKey))
                .getResultStream()
                .findFirst()
                .map(k -> get(k.getAccountId()));
    }

    /** The user whose e-mail and password match, for the admin login. */
    public Optional<UserView> verifyLogin(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        return findUser(email.trim().toLowerCase(Locale.ROOT))
                .filter(u -> passwordHash.verify(password.toCharArray(), u.getPasswordHash()))
                .map(UserView::of);
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
        return new DropshippingSettingsView(settings.isEnabled(), settings.getVendorOrderStatus());
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
    public record Signup(AccountView account, String apiKey) {
    }

    /** A user of the admin screens. */
    public record UserView(long id, long accountId, String email) {
        static UserView of(AppUser user) {
            return new UserView(user.getId(), user.getAccountId(), user.getEmail());
        }
    }
}
