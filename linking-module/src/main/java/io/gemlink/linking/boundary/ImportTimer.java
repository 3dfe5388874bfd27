package io.gemlink.linking.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due imports every 20 seconds and delegates to {@link ImportScheduler}. Not a persistent
 * timer on purpose: the schedule lives in {@code import_source.next_run_at}, which survives a restart
 * and is shared by every server on the database (Payara's persistent timers live per server).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a slow sweep must not queue up the next one
public class ImportTimer {

    private static final Logger LOG = Logger.getLogger(ImportTimer.class.getName());

    @EJB
    ImportScheduler scheduler;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            scheduler.startDueRuns();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import sweep failed; the next one retries", e);
        }
    }
}
