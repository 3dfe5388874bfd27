package io.gemlink.crash;

/**
 * The green side of {@link H2DelayedCommitsOrdersOnlyRedCheck}, not part of the default run: the orders-only
 * kill on H2 opened with exactly the production default's options (durable commits); every acknowledged order
 * must survive. Run it with
 * {@code ./gemlink test -pl crash-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrash.include=H2OrdersOnlyCrashCheck}.
 */
class H2OrdersOnlyCrashCheck extends OrdersOnlyCrash {

    @Override
    Database database() {
        return Database.h2(Database.scratch("h2-orders-"));
    }
}
