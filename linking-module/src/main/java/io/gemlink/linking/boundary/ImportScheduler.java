package io.gemlink.linking.boundary;

import io.gemlink.account.api.AccountDirectory;
import io.gemlink.linking.entity.ImportSource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts the runs that are due: for each due source, skip it (with the reason recorded on the source)
 * while the distributor's dropshipping module is off, else claim it and run it asynchronously.
 * A source due for a long time (the server was down) runs once, and its next run is one interval
 * after this one. "Run now" ignores the dropshipping switch: it is an explicit request of the user.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportScheduler {

    static final String PAUSED = "dropshipping is off for your account: scheduled imports are skipped";
    static final String PAUSED_BY_USER =
            "paused: scheduled imports are skipped until you resume them (Run now still runs)";
    private static final int MAX_PER_SWEEP = 50;

    @PersistenceContext
    EntityManager em;

    @EJB
    ImportClaims claims;

    @EJB
    ImportRunner runner;

    @EJB
    AccountDirectory accounts;

    /** @return how many runs were started */
    public int startDueRuns() {
        int started = 0;
        for (long sourceId : claims.due(Instant.now(), MAX_PER_SWEEP)) {
            ImportSource source = em.find(ImportSource.class, sourceId);
            if (source == null) {
                continue;
            }
            if (source.isPaused()) {
                claims.skip(sourceId, PAUSED_BY_USER);
                continue;
            }
            if (!accounts.dropshipping(source.getAccountId()).enabled()) {
                claims.skip(sourceId, PAUSED);
                continue;
            }
            Optional<Long> run = claims.claimDue(sourceId);
            if (run.isPresent()) {
                runner.execute(run.get());
                started++;
            }
        }
        return started;
    }
}
