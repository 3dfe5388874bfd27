package io.gemlink.linking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.account.api.ActivityLog;
import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.catalog.api.ProductsChanged;
import io.gemlink.feeds.api.GrantDirectory;
import io.gemlink.feeds.api.LiveGrant;
import io.gemlink.linking.entity.ImportSource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one rule of who can send orders to whom: a source is in-network only through a live grant of this
 * deployment that names its distributor (never through what a feed says about itself), and its link is
 * live while that grant is, the feed exists and both dropshipping switches are on. When the link ends,
 * the source's products go to quantity 0 at once and the source says why; the next run after the link
 * is live again takes the whole feed and restores them.
 */
@Stateless
public class SourceLinks {

    static final String REVOKED = "the vendor revoked access to this feed";
    static final String FEED_DELETED = "the vendor deleted this feed";
    static final String DISTRIBUTOR_OFF = "the distributor's dropshipping module is off";
    static final String VENDOR_OFF = "the vendor's dropshipping module is off";

    @PersistenceContext
    EntityManager em;

    @EJB
    GrantDirectory grants;

    @EJB
    AccountDirectory accounts;

    @EJB
    ActivityLog activity;

    @EJB
    LinkedProducts products;

    @Inject
    Event<ProductsChanged> productsChanged;

    /** The state of a source's link now: the live grant, or why there is none. */
    public record Check(LiveGrant grant, String endedReason) {
        public boolean live() {
            return endedReason == null;
        }
    }

    /**
     * Decides a source's kind from the token it was given, in the caller's transaction: in-network when the
     * token belongs to a live grant naming the source's distributor, external otherwise. An in-network
     * source keeps no token: from then on the grant is the proof, and it is read through its grant.
     * When that changes the source's vendor, the products earlier runs wrote follow it in the same transaction
     * (tied to the new vendor, or to none): the one place a source's vendor changes, so a run need not look.
     */
    public void bind(ImportSource source, String token) {
        Long vendorBefore = source.getVendorAccountId();
        bindByToken(source, token);
        if (source.getId() != null && !java.util.Objects.equals(vendorBefore, source.getVendorAccountId())) {
            products.alignVendor(
                    source.getAccountId(), source.getId(), source.getVendorAccountId(), source.getVendorPublicId());
        }
    }

    private void bindByToken(ImportSource source, String token) {
        Optional<LiveGrant> grant = grants.liveGrantForToken(token, source.getAccountId());
        if (grant.isPresent()) {
            LiveGrant g = grant.get();
            source.bindTo(g.feedId(), g.grantId(), g.vendorAccountId(), g.vendorPublicId());
            source.setToken(null);
            source.linkRestored(g.grantId());
        } else {
            source.unbind();
            source.setToken(token == null || token.isBlank() ? null : token.trim());
        }
    }

    /** Whether an in-network source's link is live now (an external source has none: not asked). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Check check(ImportSource source) {
        if (!grants.feedExists(source.getFeedId())) {
            return new Check(null, FEED_DELETED);
        }
        Optional<LiveGrant> grant = grants.liveGrant(source.getFeedId(), source.getAccountId());
        if (grant.isEmpty()) {
            return new Check(null, REVOKED);
        }
        if (!accounts.dropshipping(source.getAccountId()).enabled()) {
            return new Check(grant.get(), DISTRIBUTOR_OFF);
        }
        if (!accounts.dropshipping(grant.get().vendorAccountId()).enabled()) {
            return new Check(grant.get(), VENDOR_OFF);
        }
        return new Check(grant.get(), null);
    }

    /**
     * Checks the source's link and, if ended, zeroes its products and records why (on the source and in
     * the distributor's activity log, once per reason). Answers the check.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Check enforce(long sourceId) {
        ImportSource source = em.find(ImportSource.class, sourceId);
        if (source == null || !source.isInNetwork()) {
            return new Check(null, null);
        }
        Check check = check(source);
        if (!check.live()) {
            end(source, check.endedReason());
        } else if (source.getLinkEndedReason() != null) {
            source.linkRestored(check.grant().grantId());
            activity.record(
                    source.getAccountId(),
                    "linking",
                    "Import source " + source.getId() + " (" + source.getVendorPublicId()
                            + "): the link is live again; this run restores its products.");
        } else {
            source.linkRestored(check.grant().grantId()); // the grant in use (a vendor may have granted anew)
        }
        return check;
    }

    private void end(ImportSource source, String reason) {
        Instant now = Instant.now();
        boolean news = !reason.equals(source.getLinkEndedReason());
        source.linkEnded(reason, now);
        List<String> skus = products.zeroSource(source.getAccountId(), source.getId(), now);
        int zeroed = skus.size();
        if (news) {
            activity.record(
                    source.getAccountId(),
                    "linking",
                    "Import source " + source.getId() + " ("
                            + source.getVendorPublicId() + "): the link ended because " + reason + "; " + zeroed
                            + " linked products were set to quantity 0.");
        }
        if (!skus.isEmpty()) {
            productsChanged.fire(new ProductsChanged(source.getAccountId(), skus, now));
        }
    }
}
