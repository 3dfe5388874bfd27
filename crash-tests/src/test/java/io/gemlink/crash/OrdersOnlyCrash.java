package io.gemlink.crash;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crash suite's order stream alone, without the import and the bulk upload (the reviewer's scenario): the
 * server on a fresh database, a vendor and a shop linked to it, {@link OrderStreams#STREAMS} streams of orders
 * (about 40 a second offered), SIGKILL right after an acknowledged order once at least {@link #ACKNOWLEDGED}
 * are acknowledged, a restart, a clean stop; then every acknowledged order must be in the database exactly
 * once. Under the full suite's combined load H2's background writer probably stores so often that delayed
 * commits lost nothing; with orders alone their window should stay open. Not in the default run (names not
 * ending in CrashIT);
 * docs/crash-suite.md tells how to run the subclasses.
 */
abstract class OrdersOnlyCrash extends CrashRun {

    static final int ACKNOWLEDGED = 100;

    private OrderStreams orderStreams;

    @BeforeAll
    void killTheServerUnderOrdersAndStartItAgain() throws Exception {
        startOnTheFreshDatabase();
        Partner vendor = CrashSuite.stockedVendor(tag);
        Partner shop = Partner.signup("Crash Shop " + tag);
        CrashSuite.settings(shop, "null");
        orderStreams = new OrderStreams(shop, CrashSuite.link(vendor, shop), tag);
        lap("vendor, shop, link");

        ExecutorService threads = Executors.newFixedThreadPool(OrderStreams.STREAMS);
        orderStreams.start(threads);
        CrashSuite.await(
                ACKNOWLEDGED + " acknowledged orders",
                Duration.ofMinutes(3),
                () -> orderStreams.acknowledged() >= ACKNOWLEDGED);
        orderStreams.killAfterTheNextAcknowledgement(server);
        orderStreams.stop();
        threads.shutdown();
        lap("orders until the kill");
        System.out.printf("%s (orders only): %s%n", database.name(), orderStreams.theKill());

        server.restart();
        lap("restart until health UP");
        server.stop(); // H2 allows one process per file: read it once the server has closed it
        lap("clean stop");
    }

    @AfterAll
    void stopTheServer() {
        try {
            server.stopOrKill();
        } finally {
            printSteps("orders-only crash");
        }
    }

    @Test
    void everyAcknowledgedOrderIsStoredExactlyOnce() {
        OrderStreams.Stored stored = orderStreams.storedIn(database);
        System.out.printf(
                "%s orders only (%s): %d acknowledged, %d lost, %d stored twice, %d under another id%s%n",
                database.name(),
                getClass().getSimpleName(),
                stored.acknowledged(),
                stored.lost().size(),
                stored.doubled().size(),
                stored.changed().size(),
                stored.lost().isEmpty() ? "" : " (lost: " + stored.lost() + ")");
        stored.assertExactlyOnce();
    }
}
