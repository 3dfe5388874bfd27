package io.gemlink.crash;

/**
 * A red check, not part of the default run (its name does not end in CrashIT): the crash suite on H2 with
 * the production default's options but H2's delayed commits (WRITE_DELAY=0 taken out, i.e. the default URL
 * before it was made durable). It should FAIL in everyAcknowledgedOrderIsStoredExactlyOnce, but it stayed green
 * twice under the suite's combined load (docs/crash-suite.md, "Known gap"); H2DurableCommitsTest is the check
 * that goes red without WRITE_DELAY=0; H2DelayedCommitsOrdersOnlyRedCheck is the server-level check meant to
 * go red, with orders alone. Run it with
 * {@code ./gemlink test -pl crash-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrash.include=H2DelayedCommitsRedCheck}.
 */
class H2DelayedCommitsRedCheck extends CrashSuite {

    @Override
    Database database() {
        return Database.h2WithDelayedCommits(Database.scratch("h2-delayed-"));
    }
}
