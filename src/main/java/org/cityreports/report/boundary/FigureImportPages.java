package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.document.boundary.UploadedFile;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.FigureImport;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Report;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.glassfish.jersey.server.mvc.Viewable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/reports/{id}/import}: staff upload a CSV of figures (the columns of the public
 * figures.csv) into a draft. The whole file is checked first; a file with any bad row stores
 * nothing and lists every problem by line and column.
 */
@Path("staff/reports")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FigureImportPages {

    static final String FILE_FIELD = "file";

    @Inject
    ReportDrafts drafts;

    @Inject
    FigureImport figureImport;

    @Inject
    Indicators indicators;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Validator validator;

    @Inject
    FigureChecks checks;

    @GET
    @Path("{id: \\d+}/import")
    public Viewable form(
            @PathParam("id") long id, @QueryParam("stored") Integer stored, @QueryParam("sections") Integer sections) {
        Report report = drafts.findEditable(id, currentStaff.get());
        Map<String, Object> model = model(report, List.of());
        if (stored != null) {
            model.put("stored", stored);
            model.put("newSections", sections == null ? 0 : sections);
            // the rows just imported pass the same checks as a figure saved by hand
            model.put("warnings", checks.of(report));
        }
        return new Viewable("/staff/figure-import", model);
    }

    @POST
    @Path("{id: \\d+}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @FormDataParam(FILE_FIELD) FormDataBodyPart file) {
        StaffAccount account = currentStaff.get();
        Report report = drafts.findEditable(id, account);
        if (!UploadedFile.chosen(file)) {
            return refused(report, List.of(new FigureCsvReader.Problem(0, "", "import.noFile")));
        }
        FigureCsvReader.Result result;
        try (InputStream in = file.getEntityAs(InputStream.class)) {
            result = FigureCsvReader.read(in, validator, indicators);
        } catch (IOException e) {
            return refused(report, List.of(new FigureCsvReader.Problem(0, "", "import.unreadable")));
        }
        if (!result.problems().isEmpty()) {
            return refused(report, result.problems());
        }
        FigureImport.Stored stored = figureImport.store(id, account, result.rows());
        return Response.seeOther(URI.create("/staff/reports/" + id + "/import?stored=" + stored.figures() + "&sections="
                        + stored.newSections()))
                .build();
    }

    private Response refused(Report report, List<FigureCsvReader.Problem> problems) {
        return Response.status(400)
                .entity(new Viewable("/staff/figure-import", model(report, problems)))
                .build();
    }

    private static Map<String, Object> model(Report report, List<FigureCsvReader.Problem> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("problems", problems);
        model.put("fileField", FILE_FIELD);
        model.put("columns", FigureCsvPages.TABLE.headers());
        return model;
    }
}
