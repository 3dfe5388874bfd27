package io.gemlink.platform.boundary;

import com.mysql.cj.jdbc.AbandonedConnectionCleanupThread;
import com.mysql.cj.jdbc.Driver;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Lets go of what the MySQL driver shipped in the application ties to the server when the application is
 * undeployed. Connector/J registers its {@code Driver} in the JVM-wide {@link DriverManager} when the class is first
 * initialized (once per class loader, at a moment the application does not choose) and starts a cleanup thread;
 * either one kept the whole deployment alive after a redeploy (heap dumps of 2026-12-01: the registered driver → the
 * EAR's library class loader → its JPA transformer → the application's class loader; docs/platform.md). The
 * application reaches the database through its data source only, never through {@code DriverManager}.
 *
 * <p>A driver the server provides (its {@code lib/}) is left alone: only a driver whose classes ship inside the
 * application, beside Flyway, is released.
 */
@Singleton
@Startup
public class JdbcDriverRelease {

    private static final Logger LOG = Logger.getLogger(JdbcDriverRelease.class.getName());

    @PreDestroy
    void release() {
        if (!shippedWithTheApplication(Driver.class)) {
            return;
        }
        try {
            // initialized now if it was not yet: its one registration happens before we look, never after
            Class.forName(Driver.class.getName(), true, Driver.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        for (java.sql.Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass() == Driver.class) {
                try {
                    DriverManager.deregisterDriver(driver);
                    LOG.info("Undeploying: the application's JDBC driver " + Driver.class.getName() + " deregistered");
                } catch (SQLException | SecurityException e) {
                    LOG.log(Level.WARNING, "JDBC driver " + Driver.class.getName() + " not deregistered", e);
                }
            }
        }
        // a no-op when -Dcom.mysql.cj.disableAbandonedConnectionCleanup=true kept the thread from starting
        AbandonedConnectionCleanupThread.uncheckedShutdown();
    }

    /** Whether {@code type} is loaded by this application's class loaders (up to the one of its libraries). */
    private static boolean shippedWithTheApplication(Class<?> type) {
        ClassLoader libraries = Flyway.class.getClassLoader(); // Flyway ships in the EAR's lib/ (the WAR's on Micro)
        for (ClassLoader l = JdbcDriverRelease.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l == type.getClassLoader()) {
                return true;
            }
            if (l == libraries) {
                return false;
            }
        }
        return false;
    }
}
