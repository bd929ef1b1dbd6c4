package org.cityreports.backup.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.backup.control.Backups;
import org.cityreports.domain.Conflict;
import org.cityreports.persistence.ApplicationDataSource;
import org.cityreports.persistence.DataDirectory;
import org.cityreports.staff.control.CurrentStaff;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Admins take an online backup of the embedded database into {@code <data dir>/backups}. A
 * server's own data source (PostgreSQL, Derby Network Server) is backed up with its own tools.
 */
@Path("staff/backups")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class BackupPages {

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @GET
    public Viewable list() {
        ApplicationDataSource.Found database = ApplicationDataSource.get();
        List<String> names =
                backups().list().stream().map(p -> p.getFileName().toString()).toList();
        return new Viewable(
                "/staff/backups",
                Map.of(
                        "embedded",
                        database.isEmbedded(),
                        "database",
                        database.jndiName(),
                        "folder",
                        folder().toAbsolutePath().toString(),
                        "backups",
                        names));
    }

    @POST
    @Transactional
    public Response backUp() {
        ApplicationDataSource.Found database = ApplicationDataSource.get();
        if (!database.isEmbedded()) {
            throw new Conflict("staff.backups.external");
        }
        java.nio.file.Path made = backups().backUp(database.dataSource());
        audit.created(
                currentStaff.get().getUsername(),
                AuditedType.BACKUP,
                null,
                null,
                Map.of("folder", made.getFileName().toString()));
        return Response.seeOther(URI.create("/staff/backups")).build();
    }

    private static Backups backups() {
        return new Backups(folder());
    }

    private static java.nio.file.Path folder() {
        return DataDirectory.path().resolve("backups");
    }
}
