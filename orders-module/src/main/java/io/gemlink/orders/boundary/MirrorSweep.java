package io.gemlink.orders.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Every 10 seconds, finishes the dropship parts still owed (a crash between an order's commit and
 * its mirroring, a failed attempt). Not persistent: the owed parts are rows in the database, so a
 * restarted server simply sweeps them on its first tick.
 */
@Singleton
public class MirrorSweep {

    @EJB
    DropshipMirroring mirroring;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void sweep() {
        mirroring.sweep();
    }
}
