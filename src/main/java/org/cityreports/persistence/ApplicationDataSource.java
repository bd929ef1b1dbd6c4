package org.cityreports.persistence;

import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The database the application works with: the data source the operator set up in the server
 * when there is one, otherwise embedded Derby in the data directory. Flyway and EclipseLink both
 * ask here, so they always use the same database.
 *
 * <p>The operator's data source is found under the global JNDI name {@code jdbc/cityreports}
 * (Payara: a JDBC resource of that name; WildFly: {@code java:/jdbc/cityreports}), or under the
 * name in {@code CITYREPORTS_DATASOURCE}.
 */
public final class ApplicationDataSource {

    /** The embedded default, defined by the application itself in web.xml. */
    public static final String EMBEDDED = "java:app/jdbc/cityreports";
    /** The environment variable that names the server's data source when it is not jdbc/cityreports. */
    public static final String NAME_VARIABLE = "CITYREPORTS_DATASOURCE";
    /** Payara's and WildFly's spelling of the global name jdbc/cityreports, tried in turn. */
    static final List<String> SERVER_NAMES = List.of("jdbc/cityreports", "java:/jdbc/cityreports");

    /** A data source and the JNDI name it was found under. */
    public record Found(String jndiName, DataSource dataSource) {

        public boolean isEmbedded() {
            return EMBEDDED.equals(jndiName);
        }
    }

    private ApplicationDataSource() {}

    /** The server's data source if the operator set one up, else the embedded default. */
    public static Found get() {
        return server().orElseGet(() -> lookup(EMBEDDED)
                .map(ds -> new Found(EMBEDDED, ds))
                .orElseThrow(() -> new IllegalStateException("No data source " + EMBEDDED + " (web.xml)")));
    }

    /**
     * The operator's data source.
     *
     * @throws IllegalStateException when {@code CITYREPORTS_DATASOURCE} names one the server does not
     *                               have: better not to start than to write into the wrong database
     */
    public static Optional<Found> server() {
        String named = System.getenv(NAME_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(lookup(named.strip())
                    .map(ds -> new Found(named.strip(), ds))
                    .orElseThrow(() -> new IllegalStateException(
                            NAME_VARIABLE + " names " + named + ", which the server does not have")));
        }
        for (String name : SERVER_NAMES) {
            Optional<DataSource> found = lookup(name);
            if (found.isPresent()) {
                return Optional.of(new Found(name, found.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<DataSource> lookup(String name) {
        try {
            return Optional.of((DataSource) new InitialContext().lookup(name));
        } catch (NamingException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
