package io.gemlink.web.api;

import io.gemlink.account.api.AccountView;
import io.gemlink.account.boundary.ApiKeyService;
import jakarta.enterprise.context.RequestScoped;

/**
 * The account whose API key authenticated this request. Resources pass {@link #id()} to every
 * boundary call, so every query is scoped to the caller's account.
 */
@RequestScoped
public class CurrentAccount {

    private AccountView account;
    private String keyName;

    void authenticated(ApiKeyService.Caller caller) {
        this.account = caller.account();
        this.keyName = caller.keyName();
    }

    /** Who is calling, as histories record it: the API key by its name. */
    public String label() {
        view();
        return "API key '" + keyName + "'";
    }

    public long id() {
        return view().id();
    }

    public AccountView view() {
        if (account == null) {
            throw new IllegalStateException("no authenticated account on this request");
        }
        return account;
    }
}
