package org.cityreports.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditAction;
import org.cityreports.persistence.ApplicationDataSource;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Export and import of all data on the application's database. Both run outside JTA on a
 * connection of their own: the export needs one serializable read of all tables, the import one
 * transaction over all rows and the identity restarts, which a JPA transaction cannot give.
 */
@ApplicationScoped
public class DataTransfer {

    @Inject
    AuditLog audit;

    @PersistenceUnit
    EntityManagerFactory emf;

    public void export(OutputStream out, String actor) throws SQLException {
        Map<String, Integer> counts;
        try (Connection connection = ApplicationDataSource.get().dataSource().getConnection()) {
            counts = DataArchive.export(connection, out, Instant.now().toString());
        }
        audit.standalone(actor, AuditAction.EXPORT, fields(counts));
    }

    /** @return the rows stored per table */
    public Map<String, Integer> importArchive(InputStream in, String actor) throws SQLException, ArchiveException {
        Map<String, Integer> counts;
        try (Connection connection = ApplicationDataSource.get().dataSource().getConnection()) {
            counts = DataArchive.importInto(connection, in);
        }
        // rows written beside JPA: nothing EclipseLink holds may stand for the empty tables before
        emf.getCache().evictAll();
        audit.standalone(actor, AuditAction.IMPORT, fields(counts));
        return counts;
    }

    private static Map<String, String> fields(Map<String, Integer> counts) {
        Map<String, String> fields = new LinkedHashMap<>();
        counts.forEach((table, rows) -> fields.put(table, String.valueOf(rows)));
        return fields;
    }
}
