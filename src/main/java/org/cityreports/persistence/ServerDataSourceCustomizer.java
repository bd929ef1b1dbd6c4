package org.cityreports.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

import java.util.logging.Logger;

/**
 * Points the persistence unit at the operator's data source when the server has one. The unit
 * names the embedded default ({@code java:app/jdbc/cityreports}) because persistence.xml cannot
 * say "this one if it exists, else that one"; EclipseLink runs this before it connects, so the
 * embedded database is never opened when an operator's is there.
 *
 * <p>It also adds the listener that counts this instance's commits ({@link LocalCommits}).
 */
public class ServerDataSourceCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(ServerDataSourceCustomizer.class.getName());

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new LocalCommits.Listener());
        ApplicationDataSource.Found found = ApplicationDataSource.server().orElse(null);
        if (found == null) {
            LOG.info("Database: embedded Derby (" + ApplicationDataSource.EMBEDDED + "); no server data source found");
            return;
        }
        LOG.info("Database: the server's data source " + found.jndiName());
        use(session.getDatasourceLogin(), found);
        if (session instanceof ServerSession server) {
            // the read pool and any others were given the default's non-transactional twin
            use(server.getReadConnectionPool().getLogin(), found);
            for (ConnectionPool pool : server.getConnectionPools().values()) {
                use(pool.getLogin(), found);
            }
        }
    }

    private static void use(Login login, ApplicationDataSource.Found found) {
        if (login instanceof DatasourceLogin datasourceLogin) {
            datasourceLogin.setConnector(new JNDIConnector(found.dataSource()));
        }
    }
}
