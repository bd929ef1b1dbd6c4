package org.cityreports.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.web.CsvDownload;
import org.cityreports.web.CsvTable;
import org.cityreports.web.PublicCaching;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of a published report as CSV, one row a figure with every field, in the report's
 * order. The columns are those a bulk import of figures reads.
 */
@Path("cities/{slug}/{year: \\d{4}}/figures.csv")
@RequestScoped
public class FigureCsvPages {

    /** The columns, as the download writes them and the data dictionary describes them. */
    public static final CsvTable TABLE = FigureColumn.table();

    @Inject
    PublishedReports reports;

    @GET
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response figures(
            @PathParam("slug") String slug,
            @PathParam("year") int year,
            @Context Request request,
            @Context SecurityContext security) {
        PublishedReports.Revision revision = reports.revision(slug, year);
        EntityTag tag = PublicCaching.tag("csv", revision.reportId(), revision.version());
        return PublicCaching.respondWith(
                request,
                security,
                tag,
                () -> CsvDownload.of(
                        slug + "-" + year + "-figures.csv", TABLE.headers(), rows(reports.find(slug, year))));
    }

    private static List<List<Object>> rows(Report report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Part part : Part.values()) {
            for (Section section : report.sectionsOf(part)) {
                for (Figure f : section.getFigures()) {
                    rows.add(FigureColumn.row(section, f));
                }
            }
        }
        return rows;
    }
}
