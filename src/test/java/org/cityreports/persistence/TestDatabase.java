package org.cityreports.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An embedded Derby database in a folder, migrated by the application's own migrations and opened
 * with the test persistence unit: the entities against the real schema, without a server.
 */
public final class TestDatabase implements AutoCloseable {

    private final Path dir;
    private EntityManagerFactory emf;

    public TestDatabase(Path dir) {
        this.dir = dir;
    }

    /** Applies the migrations, all of them or up to {@code target}. */
    public TestDatabase migrate(String... target) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(dir.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        SchemaMigrations.migrate(dataSource, target);
        return this;
    }

    /** Opens the database as a restarted server would: nothing cached. */
    public TestDatabase open() {
        close();
        emf = Persistence.createEntityManagerFactory(
                "cityreports-test",
                Map.of(
                        "jakarta.persistence.jdbc.url",
                        "jdbc:derby:" + dir.resolve("db"),
                        "eclipselink.cache.shared.default",
                        "false"));
        return this;
    }

    /** An entity manager outside any transaction, as a server's reads without one; the caller closes it. */
    public EntityManager entityManager() {
        return emf.createEntityManager();
    }

    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public long count(String jpql) {
        return (Long) single(jpql);
    }

    public Object single(String jpql) {
        Object[] result = new Object[1];
        inTransaction(em -> result[0] = em.createQuery(jpql).getSingleResult());
        return result[0];
    }

    /**
     * Copies every row of the tables, in the order given, into a database of an older schema:
     * only the columns the older one has. So a database of an earlier version is filled with the
     * same data the current entities write.
     */
    public void copyRowsInto(TestDatabase older, String... tables) {
        try (Connection from = connection();
                Connection to = older.connection()) {
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = to.getMetaData().getColumns(null, "APP", table, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
                String list = String.join(", ", columns);
                String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
                try (Statement select = from.createStatement();
                        ResultSet rows = select.executeQuery("SELECT " + list + " FROM " + table);
                        PreparedStatement insert = to.prepareStatement(
                                "INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
                    while (rows.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            insert.setObject(i, rows.getObject(i));
                        }
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + dir.resolve("db"));
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
            emf = null;
        }
    }
}
