package io.gemlink.crash;

import java.nio.file.Path;

/**
 * The crash suite on the embedded default: a fresh H2 file under target/crash/ opened with exactly the
 * options of the production default URL (gemlink.db.url in core-module's microprofile-config.properties).
 */
class H2CrashIT extends CrashSuite {

    @Override
    Database database() {
        return Database.h2(
                Path.of(System.getProperty("crash.work", "target/crash"), "h2-" + System.currentTimeMillis()));
    }
}
