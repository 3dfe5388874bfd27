package io.gemlink.linking.boundary;

import io.gemlink.linking.control.LinkingConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Looks for due imports every 20 seconds and delegates to {@link ImportScheduler}; {@link #kick()}
 * asks for a sweep now, when a vendor's change made sources due or a run ended with its source due
 * again. Not a persistent timer on purpose: the schedule lives in {@code import_source.next_run_at}, which survives a
 * restart and is shared by every server on the database (Payara's persistent timers live per server).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a slow sweep must not queue up the next one
public class ImportTimer {

    private static final Logger LOG = Logger.getLogger(ImportTimer.class.getName());

    /** A burst of kicks (a vendor saving many products) makes one sweep, this long after the first. */
    static final long KICK_DELAY_MILLIS = 200;

    /**
     * Kicked sweeps start at least this far apart: a vendor whose stock changes all the time (orders
     * coming in) makes each source run about once per gap, not back to back, which would take the
     * machine from the orders themselves.
     */
    @Inject
    @ConfigProperties
    LinkingConfig config;

    private volatile long lastKickedSweep;

    @EJB
    ImportScheduler scheduler;

    @Resource
    ManagedScheduledExecutorService executor;

    private final AtomicBoolean kicked = new AtomicBoolean();

    /** Sweeps within {@link #KICK_DELAY_MILLIS} (or what is left of the gap since the last kicked sweep). */
    public void kick() {
        if (kicked.compareAndSet(false, true)) {
            long sinceLast = (System.nanoTime() - lastKickedSweep) / 1_000_000;
            long delay = Math.max(KICK_DELAY_MILLIS, config.kickGapMillis - sinceLast);
            executor.schedule(
                    () -> {
                        kicked.set(false);
                        lastKickedSweep = System.nanoTime();
                        sweep();
                    },
                    delay,
                    TimeUnit.MILLISECONDS);
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
