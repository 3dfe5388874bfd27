package io.gemlink.account.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.AccountView;
import io.gemlink.account.api.ApiKeyCreated;
import io.gemlink.account.api.ApiKeyView;
import io.gemlink.account.control.ApiKeyUsage;
import io.gemlink.account.control.ApiKeys;
import io.gemlink.account.entity.ApiKey;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An account's partner API keys: listed without the key, created (the key is answered once), revoked
 * (the next request with it is refused: every request looks its key up in the database, nothing
 * caches it), and the look-up itself.
 */
@Stateless
public class ApiKeyService {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccountDirectory accounts;

    @Inject
    ApiKeyUsage usage;

    /** Newest first; revoked keys are gone from the list. */
    public List<ApiKeyView> list(long accountId) {
        return em.createNamedQuery(ApiKey.ACTIVE_OF_ACCOUNT, ApiKey.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .map(ApiKeyService::view)
                .toList();
    }

    public ApiKeyView get(long accountId, long keyId) {
        return view(find(accountId, keyId));
    }

    public ApiKeyCreated create(long accountId, String name) {
        String checkedName = ApiKeys.checkName(name);
        if (list(accountId).size() >= ApiKeys.MAX_PER_ACCOUNT) {
            throw new ConflictException(
                    "name", "an account keeps at most " + ApiKeys.MAX_PER_ACCOUNT + " API keys; delete one first");
        }
        String key = ApiKeys.newKey();
        ApiKey row = new ApiKey(accountId, checkedName, ApiKeys.displayPrefix(key), ApiKeys.hash(key), Instant.now());
        em.persist(row);
        em.flush(); // the id is part of the answer
        return new ApiKeyCreated(row.getId(), checkedName, key);
    }

    /** Another account's key, or one already revoked, is not found. */
    public void revoke(long accountId, long keyId) {
        find(accountId, keyId).revoke(Instant.now());
        usage.forget(keyId);
    }

    /** Who called with an API key: its account, and the key's name (what logs say did it). */
    public record Caller(AccountView account, String keyName) {}

    /** The account a key belongs to, if the key is known and not revoked; notes the use now and then. */
    public Optional<Caller> authenticate(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(ApiKeys.PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.ACTIVE_BY_HASH, ApiKey.class)
                .setParameter("keyHash", ApiKeys.hash(apiKey))
                .getResultStream()
                .findFirst()
                .map(key -> {
                    Instant now = Instant.now();
                    if (usage.shouldRecord(key.getId(), now)) {
                        key.used(now);
                    }
                    return new Caller(accounts.get(key.getAccountId()), key.getName());
                });
    }

    /**
     * Registers a key chosen outside (the demo network's configured keys) unless it was ever registered
     * (a key its account deleted stays deleted). Keys must look like generated ones, so a guessable short
     * key is refused.
     */
    public void addIfAbsent(long accountId, String key, String name) {
        if (key == null || !key.startsWith(ApiKeys.PREFIX) || key.length() < ApiKeys.PREFIX.length() + 32) {
            throw new BadInputException(
                    "apiKey", "must start with " + ApiKeys.PREFIX + " and carry at least 32 more characters");
        }
        String hash = ApiKeys.hash(key);
        boolean known = !em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
                .setParameter("keyHash", hash)
                .getResultList()
                .isEmpty();
        if (!known) {
            em.persist(new ApiKey(
                    accounts.get(accountId).id(),
                    ApiKeys.checkName(name),
                    ApiKeys.displayPrefix(key),
                    hash,
                    Instant.now()));
        }
    }

    private ApiKey find(long accountId, long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || key.getAccountId() != accountId || key.getRevokedAt() != null) {
            throw new NotFoundException("API key");
        }
        return key;
    }

    private static ApiKeyView view(ApiKey key) {
        return new ApiKeyView(key.getId(), key.getName(), key.getCreatedAt(), key.getLastUsedAt());
    }
}
