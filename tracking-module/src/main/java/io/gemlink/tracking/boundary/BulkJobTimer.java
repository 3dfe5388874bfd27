package io.gemlink.tracking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up and every 20 seconds: refreshes the heartbeat of the bulk jobs this server runs (so a
 * job waiting on a slow upload stream never looks dead), and marks INTERRUPTED the RUNNING jobs whose
 * server stopped. Not persistent: the jobs are rows, a restarted server finds them on its first tick.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step commits on its own
public class BulkJobTimer {

    private static final Logger LOG = Logger.getLogger(BulkJobTimer.class.getName());

    @EJB
    BulkJobs jobs;

    @PostConstruct
    void atStart() {
        interruptEnded();
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            jobs.heartbeat();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking heartbeat failed; next tick tries again", e);
        }
        interruptEnded();
    }

    private void interruptEnded() {
        List<Long> ended;
        try {
            ended = jobs.ended();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk tracking uploads of stopped servers not looked up; next tick tries again", e);
            return;
        }
        for (long id : ended) {
            try {
                if (jobs.interrupt(id)) {
                    LOG.info(() -> "bulk tracking upload " + id + " marked interrupted: its server stopped");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "bulk tracking upload " + id + " could not be marked interrupted", e);
            }
        }
    }
}
