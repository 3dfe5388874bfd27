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
 * Every {@code gemlink.orders.acknowledge.check-every-seconds} (60), looks at the dropship orders whose vendor's
 * deadline for acknowledging has passed ({@link AcknowledgementDeadlines}). Not persistent: the deadlines are rows,
 * so a restarted server finds what it missed on its first tick; every instance of a cluster ticks, and the order's
 * row lock lets one of them decide each order.
 */
@Singleton
@Startup
public class AcknowledgementTimer {

    @EJB
    AcknowledgementDeadlines deadlines;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperties
    OrdersConfig config;

    @PostConstruct
    void start() {
        long every = Math.max(1, config.acknowledgeCheckEverySeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("acknowledgement deadlines", false));
    }

    @Timeout
    void tick() {
        deadlines.checkPassed();
    }
}
