package io.gemlink.orders.boundary;

import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.control.OrderRules;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.ConflictRetry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Takes orders into a distributor account from any channel, idempotently: the same channel order
 * (channel + external id) delivered again, even concurrently, answers the order already there. A write
 * that lost a deadlock, a lock wait or an id race is run again ({@link ConflictRetry}), not answered 500.
 */
@Stateless
// the write runs in its own transaction (OrderWriter), so that a lost race can be answered, and retried, here
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderIntake {

    @EJB
    OrderWriter writer;

    @EJB
    OrderQueries queries;

    @Inject
    ConflictRetry retry;

    public Placed place(long accountId, OrderRequest request) {
        if (request == null) {
            throw new BadInputException("body", "an order is required");
        }
        Channel channel = OrderRules.check(request);
        Optional<OrderView> existing = existing(accountId, channel, request.externalId());
        if (existing.isPresent()) {
            return new Placed(existing.get(), false);
        }
        long id;
        try {
            id = retry.run(() -> writer.create(accountId, channel, request));
        } catch (RuntimeException e) {
            // lost the race against a concurrent copy of the same channel order (its unique key: not retried)
            Optional<OrderView> winner = existing(accountId, channel, request.externalId());
            if (winner.isPresent()) {
                return new Placed(winner.get(), false);
            }
            throw e;
        }
        // mirroring ran after that commit, in this thread: the view shows the vendor parts
        return new Placed(queries.get(accountId, id), true);
    }

    private Optional<OrderView> existing(long accountId, Channel channel, String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return queries.findByExternalId(accountId, channel, externalId.trim());
    }

    /** The order, and whether this call created it. */
    public record Placed(OrderView order, boolean created) {}
}
