package io.gemlink.linking.boundary;

import io.gemlink.catalog.api.LinkedProductRow;
import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.linking.api.LinkDirectory;
import io.gemlink.linking.api.SourceLink;
import io.gemlink.linking.entity.ImportSource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link LinkDirectory}: the link rule of {@link SourceLinks}, asked by orders and by the partners list. */
@Stateless
public class PartnerLinks implements LinkDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    SourceLinks links;

    @EJB
    LinkedProducts products;

    @EJB
    ImportSourceService sources;

    @Override
    public Optional<String> whyNotLinked(long distributorAccountId, long vendorAccountId, Collection<String> skus) {
        Map<Long, Optional<String>> bySource = new HashMap<>();
        for (String sku : skus) {
            Optional<LinkedProductRow> product = products.bySku(distributorAccountId, sku);
            if (product.isEmpty()
                    || product.get().sourceId() == null
                    || !Long.valueOf(vendorAccountId).equals(product.get().vendorAccountId())) {
                return Optional.of("the product " + sku + " is no longer linked to this vendor");
            }
            Optional<String> why = bySource.computeIfAbsent(
                    product.get().sourceId(), id -> whyNot(id, distributorAccountId, vendorAccountId));
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private Optional<String> whyNot(long sourceId, long distributorAccountId, long vendorAccountId) {
        ImportSource source = em.find(ImportSource.class, sourceId);
        if (source == null || source.getAccountId() != distributorAccountId) {
            return Optional.of("the import source of these products was removed");
        }
        if (!source.isInNetwork() || source.getVendorAccountId() != vendorAccountId) {
            return Optional.of("these products come from a feed that no grant of this vendor covers");
        }
        return Optional.ofNullable(links.check(source).endedReason());
    }

    @Override
    public List<SourceLink> sourcesOf(long distributorAccountId) {
        return em.createNamedQuery(ImportSource.IN_NETWORK_OF_ACCOUNT, ImportSource.class)
                .setParameter("accountId", distributorAccountId)
                .getResultStream()
                .map(s -> new SourceLink(
                        s.getId(),
                        s.getFeedId(),
                        s.getVendorAccountId(),
                        s.getVendorPublicId(),
                        links.check(s).endedReason(),
                        s.getCreatedAt()))
                .toList();
    }

    @Override
    public Map<Long, Long> linkedProductsByDistributor(long vendorAccountId) {
        return products.countsByDistributor(vendorAccountId);
    }

    @Override
    public Map<Long, Long> linkedProductsByVendor(long distributorAccountId) {
        return products.countsByVendor(distributorAccountId);
    }

    @Override
    public int removeSourcesOfVendor(long distributorAccountId, long vendorAccountId) {
        List<Long> ids = em.createNamedQuery(ImportSource.IN_NETWORK_OF_ACCOUNT, ImportSource.class)
                .setParameter("accountId", distributorAccountId)
                .getResultStream()
                .filter(s -> s.getVendorAccountId() != null && s.getVendorAccountId() == vendorAccountId)
                .map(ImportSource::getId)
                .toList();
        ids.forEach(id -> sources.delete(distributorAccountId, id));
        return ids.size();
    }
}
