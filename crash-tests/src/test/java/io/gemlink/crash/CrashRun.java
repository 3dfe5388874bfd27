package io.gemlink.crash;

import java.util.UUID;
import org.junit.jupiter.api.TestInstance;

/**
 * What every crash class has: its own server, the fresh database the subclass names, a tag that makes its
 * accounts' names and orders' ids unique, and the time of each step (printed in one line at the end).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrashRun {

    final PayaraServer server = new PayaraServer();
    final Database database = database();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Laps laps = new Laps();

    abstract Database database();

    /** Starts the server (deploying the EAR if its domain holds none) on the fresh database. */
    void startOnTheFreshDatabase() {
        server.start(database.serverEnvironment(), database.product());
        lap("start and deploy on a fresh " + database.name());
    }

    void lap(String step) {
        laps.lap(step);
    }

    /** One line: the database, {@code run}, the class and the time of each step. */
    void printSteps(String run) {
        System.out.printf("%s %s (%s): %s%n", database.name(), run, getClass().getSimpleName(), laps);
    }
}
