package io.gemlink.crash;

/**
 * The crash suite on the real MariaDB/MySQL: a database of its own that ./gemlink test creates (GEMLINK_CRASH_DB_URL).
 */
class MariaDbCrashIT extends CrashSuite {

    @Override
    Database database() {
        return Database.mariaDb();
    }
}
