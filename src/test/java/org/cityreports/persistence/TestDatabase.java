package org.cityreports.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;

import java.nio.file.Path;
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
        emf = Persistence.createEntityManagerFactory("cityreports-test", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:derby:" + dir.resolve("db"),
                "eclipselink.cache.shared.default", "false"));
        return this;
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
        long[] result = new long[1];
        inTransaction(em -> result[0] = em.createQuery(jpql, Long.class).getSingleResult());
        return result[0];
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
            emf = null;
        }
    }
}
