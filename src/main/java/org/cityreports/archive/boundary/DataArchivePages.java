package org.cityreports.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cityreports.archive.control.ArchiveException;
import org.cityreports.archive.control.DataTransfer;
import org.cityreports.document.boundary.UploadedFile;
import org.cityreports.staff.control.CurrentStaff;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.glassfish.jersey.server.mvc.Viewable;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins download all data as one JSON file, and fill an empty instance from such a file
 * (moving to another server, or starting over from an export).
 */
@Path("staff/data")
@RequestScoped
@RolesAllowed("admin")
public class DataArchivePages {

    static final String FILE_FIELD = "archive";

    @Inject
    DataTransfer transfer;

    @Inject
    CurrentStaff currentStaff;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Viewable page() {
        return view(Map.of());
    }

    @GET
    @Path("city-reports.json")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response export() {
        String actor = currentStaff.get().getUsername();
        StreamingOutput body = out -> {
            try {
                transfer.export(out, actor);
            } catch (SQLException e) {
                throw new IllegalStateException("Export failed", e);
            }
        };
        String name = "city-reports-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response importArchive(@FormDataParam(FILE_FIELD) FormDataBodyPart file) throws SQLException {
        if (!UploadedFile.chosen(file)) {
            return refused(400, "archive.noFile", List.of());
        }
        try (InputStream in = file.getEntityAs(InputStream.class)) {
            Map<String, Integer> counts =
                    transfer.importArchive(in, currentStaff.get().getUsername());
            return Response.ok(view(Map.of("imported", counts))).build();
        } catch (ArchiveException e) {
            return refused(
                    e.messageKey().equals("archive.notEmpty") ? 409 : 400, e.messageKey(), List.of(e.arguments()));
        } catch (IOException e) {
            return refused(400, "archive.unreadable", List.of());
        }
    }

    /** The page again with why the file was refused; the message takes up to four arguments. */
    private Response refused(int status, String messageKey, List<Object> arguments) {
        List<Object> four = new ArrayList<>(arguments);
        while (four.size() < 4) {
            four.add("");
        }
        return Response.status(status)
                .entity(view(Map.of("problem", messageKey, "arguments", four)))
                .build();
    }

    private static Viewable view(Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("fileField", FILE_FIELD);
        return new Viewable("/staff/data", model);
    }
}
