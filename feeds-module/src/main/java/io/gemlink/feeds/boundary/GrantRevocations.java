package io.gemlink.feeds.boundary;

import io.gemlink.feeds.api.BulkRevocation;
import io.gemlink.feeds.entity.FeedGrant;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Revokes several of a vendor's grants at once (the Partners screen's selection), each through
 * {@link GrantService#revoke}, the single revoke's own path, and all in one transaction (this method's): either
 * every selected grant is revoked or none is. {@code GrantRevoked} is fired per grant; its observers act after the
 * commit, so a refused selection ends no link.
 */
@Stateless
public class GrantRevocations {

    @PersistenceContext
    EntityManager em;

    @EJB
    GrantService grants;

    /**
     * The selection is read again scoped to the vendor and locked (two revokes at once count each grant once); an id
     * that is not one of its grants (another account's, or one deleted with its feed meanwhile) refuses the whole
     * selection as "not found", nothing revoked. A grant revoked already counts as such.
     *
     * @throws BadInputException with no id, or more than {@value PageRequest#MAX_SIZE}
     */
    public BulkRevocation revokeSelected(long accountId, Collection<Long> grantIds) {
        Set<Long> ids = grantIds == null ? Set.of() : new TreeSet<>(grantIds);
        if (ids.isEmpty()) {
            throw new BadInputException("grantIds", "select at least one grant");
        }
        if (ids.size() > PageRequest.MAX_SIZE) {
            throw new BadInputException("grantIds", "at most " + PageRequest.MAX_SIZE + " grants at once");
        }
        List<FeedGrant> selected = em.createNamedQuery(FeedGrant.OF_VENDOR_BY_IDS, FeedGrant.class)
                .setParameter("accountId", accountId)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (selected.size() != ids.size()) {
            throw new NotFoundException("grant");
        }
        int already = 0;
        for (FeedGrant g : selected) {
            if (g.isRevoked()) {
                already++;
            } else {
                grants.revoke(accountId, g.getFeedId(), g.getId()); // joins this transaction
            }
        }
        return new BulkRevocation(selected.size() - already, already);
    }
}
