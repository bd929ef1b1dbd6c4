package org.cityreports.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date when the application starts, before anything reads it, with the
 * versioned scripts in {@code db/migration}: tables are never dropped, data is kept.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                    Object event) {
        ApplicationDataSource.Found database = ApplicationDataSource.get();
        MigrateResult result = migrate(database.dataSource());
        LOG.info(() -> "Schema of " + database.jndiName() + " at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** Migrates the database behind the data source to the newest version (or to {@code target}). */
    public static MigrateResult migrate(DataSource dataSource, String... target) {
        var configuration = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("text", textType(dataSource)));
        if (target.length > 0) {
            configuration.target(target[0]);
        }
        return configuration.load().migrate();
    }

    /** The type of long text columns: the scripts are shared by Derby and PostgreSQL but for this. */
    private static String textType(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "TEXT" : "CLOB";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
