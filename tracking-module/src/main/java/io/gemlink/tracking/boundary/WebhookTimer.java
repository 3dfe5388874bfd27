package io.gemlink.tracking.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every 10 seconds, sends the tracking notices that are due: retries after a receiver failed, and
 * notices whose after-commit send never happened (a crash right after the commit). Not persistent:
 * the owed notices are rows, so a restarted server sends them on its first tick.
 */
@Singleton
public class WebhookTimer {

    @EJB
    WebhookSender sender;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        sender.deliverDue();
    }
}
