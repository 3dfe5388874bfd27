package io.gemlink.crash;

/**
 * A red check, not part of the default run: the orders-only kill on H2 with delayed commits (WRITE_DELAY=0
 * taken out of the production default's options, i.e. the default URL before commits were made durable). It
 * should FAIL: acknowledged orders gone after the restart. Run it with
 * {@code ./gemlink test -pl crash-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrash.include=H2DelayedCommitsOrdersOnlyRedCheck}.
 */
class H2DelayedCommitsOrdersOnlyRedCheck extends OrdersOnlyCrash {

    @Override
    Database database() {
        return Database.h2WithDelayedCommits(Database.scratch("h2-delayed-orders-"));
    }
}
