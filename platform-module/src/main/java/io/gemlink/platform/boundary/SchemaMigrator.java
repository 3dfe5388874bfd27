package io.gemlink.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source from MicroProfile Config and brings its schema up to date
 * with Flyway before anything else runs (platform-module initializes first, see application.xml).
 * A failed migration fails the deployment.
 */
@Singleton
@Startup
// Flyway commits each migration itself: no container transaction around it
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaMigrator.DATA_SOURCE,
        className = "${MPCONFIG=gemlink.db.datasource-class}",
        url = "${MPCONFIG=gemlink.db.url}",
        user = "${MPCONFIG=gemlink.db.user}",
        password = "${MPCONFIG=gemlink.db.password}",
        minPoolSize = 2,
        maxPoolSize = 48)
public class SchemaMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/gemlink";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now) on " + result.database);
    }
}
