package io.gemlink.web.api;

import io.gemlink.account.api.AccountView;
import jakarta.enterprise.context.RequestScoped;

/**
 * The account whose API key authenticated this request. Resources pass {@link #id()} to every
 * boundary call, so every query is scoped to the caller's account.
 */
@RequestScoped
public class CurrentAccount {

    private AccountView account;

    void authenticated(AccountView account) {
        this.account = account;
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
