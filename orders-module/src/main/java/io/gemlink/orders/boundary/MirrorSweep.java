package io.gemlink.orders.boundary;

import io.gemlink.orders.control.OrdersConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Every {@code gemlink.orders.mirror.sweep-every-seconds} (10), finishes the dropship parts still owed (a
 * crash between an order's commit and its mirroring, a failed attempt). Not persistent: the owed parts are
 * rows in the database, so a restarted server simply sweeps them on its first tick.
 */
@Singleton
@Startup
public class MirrorSweep {

    @EJB
    DropshipMirroring mirroring;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperties
    OrdersConfig config;

    @PostConstruct
    void start() {
        long every = Math.max(1, config.sweepEverySeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("dropship mirroring sweep", false));
    }

    @Timeout
    void sweep() {
        mirroring.sweep();
    }
}
