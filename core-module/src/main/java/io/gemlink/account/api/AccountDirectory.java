package io.gemlink.account.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Lets any module look up an account by the public id partners use, and its dropshipping switch. */
@Local
public interface AccountDirectory {

    Optional<AccountView> findByPublicId(String publicId);

    /** @throws io.gemlink.platform.api.NotFoundException if there is no such account */
    AccountView get(long accountId);

    DropshippingSettingsView dropshipping(long accountId);
}
