package io.gemlink.feeds.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The vendor's word on who may link to its feeds, for the other modules: a link between two accounts
 * exists only through a live grant (not revoked, its feed not deleted) that names the distributor.
 * Implemented by feeds-module, which owns feeds and grants.
 */
@Local
public interface GrantDirectory {

    /** The live grant this token belongs to, if it names {@code distributorAccountId}; else empty. */
    Optional<LiveGrant> liveGrantForToken(String token, long distributorAccountId);

    /** The newest live grant of this feed to this distributor, if any. */
    Optional<LiveGrant> liveGrant(long feedId, long distributorAccountId);

    /** Whether the feed still exists (a deleted feed's grants are gone with it). */
    boolean feedExists(long feedId);

    /** Every grant, live or revoked, that this vendor gave, with its feed's name. */
    List<PartnerGrant> grantsOfVendor(long vendorAccountId);

    /** Every grant, live or revoked, that names this distributor, with its feed's name. */
    List<PartnerGrant> grantsToDistributor(long distributorAccountId);

    /** Revokes every live grant this vendor gave this distributor; answers how many. */
    int revokeAll(long vendorAccountId, long distributorAccountId);
}
