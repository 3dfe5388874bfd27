package io.gemlink.linking.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due imports every 20 seconds and delegates to {@link ImportScheduler}; {@link #kick()}
 * asks for a sweep now, when a vendor's change made sources due or a run ended with its source due again. Not a persistent
 * timer on purpose: the schedule lives in {@code import_source.next_run_at}, which survives a restart
 * and is shared by every server on the database (Payara's persistent timers live per server).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a slow sweep must not queue up the next one
public class ImportTimer {

    private static final Logger LOG = Logger.getLogger(ImportTimer.class.getName());

    /** A burst of kicks (a vendor saving many products) makes one sweep, this long after the first. */
    static final long KICK_DELAY_MILLIS = 200;

    @EJB
    ImportScheduler scheduler;

    @Resource
    ManagedScheduledExecutorService executor;

    private final AtomicBoolean kicked = new AtomicBoolean();

    /** Sweeps within {@link #KICK_DELAY_MILLIS} instead of at the next tick. */
    public void kick() {
        if (kicked.compareAndSet(false, true)) {
            executor.schedule(() -> {
                kicked.set(false);
                sweep();
            }, KICK_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            scheduler.startDueRuns();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import sweep failed; the next one retries", e);
        }
    }
}
