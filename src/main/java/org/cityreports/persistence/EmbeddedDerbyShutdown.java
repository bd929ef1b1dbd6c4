package org.cityreports.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes the embedded database when the application stops. Derby lives in the WAR, so a
 * redeployment brings a second copy of it into the same JVM; without this, that copy finds the
 * database still held by the first and refuses to open it.
 */
@ApplicationScoped
public class EmbeddedDerbyShutdown {

    private static final Logger LOG = Logger.getLogger(EmbeddedDerbyShutdown.class.getName());
    /** Derby's answer when a database shut down cleanly. */
    private static final String SHUTDOWN_COMPLETE = "08006";
    /** Derby's answer when this copy of Derby never opened the database: nothing to do. */
    private static final String NOT_BOOTED = "XJ004";

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        EmbeddedDerbyDataSource dataSource = new EmbeddedDerbyDataSource();
        dataSource.setCreateDatabase(null);
        dataSource.setShutdownDatabase("shutdown");
        try {
            dataSource.getConnection().close();
        } catch (SQLException e) {
            if (!SHUTDOWN_COMPLETE.equals(e.getSQLState()) && !NOT_BOOTED.equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Embedded Derby did not shut down cleanly", e);
            }
        }
    }
}
