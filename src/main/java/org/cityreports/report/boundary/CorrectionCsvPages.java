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
import org.cityreports.report.control.Corrections;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.web.CsvDownload;
import org.cityreports.web.CsvTable;
import org.cityreports.web.JsonLd;
import org.cityreports.web.PublicCaching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The corrections of a published report as CSV: one row per changed figure or target. */
@Path("cities/{slug}/{year: \\d{4}}/corrections.csv")
@RequestScoped
public class CorrectionCsvPages {

    /** One row per changed figure or target, as the download writes them. */
    public static final CsvTable TABLE = CsvTable.of(
            "corrections",
            CsvTable.integer("revision"),
            new CsvTable.Column("published", "datetime"),
            CsvTable.text("reason"),
            CsvTable.text("label"),
            CsvTable.text("before"),
            CsvTable.text("after"));

    @Inject
    PublishedReports reports;

    @Inject
    Corrections corrections;

    @GET
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response csv(
            @PathParam("slug") String slug,
            @PathParam("year") int year,
            @Context Request request,
            @Context SecurityContext security) {
        PublishedReports.Revision revision = reports.revision(slug, year);
        EntityTag tag = PublicCaching.tag("corrections-csv", revision.reportId(), revision.version());
        return PublicCaching.respondWith(
                request,
                security,
                tag,
                () -> CsvDownload.of(slug + "-" + year + "-corrections.csv", TABLE.headers(), rows(slug, year)));
    }

    private List<List<Object>> rows(String slug, int year) {
        List<List<Object>> rows = new ArrayList<>();
        for (Corrections.Correction c : corrections.of(reports.find(slug, year))) {
            String published = JsonLd.dateTime(c.publishedAt());
            for (Corrections.Change change : c.changes()) {
                rows.add(Arrays.asList(
                        c.revision(), published, c.reason(), change.label(), change.before(), change.after()));
            }
        }
        return rows;
    }
}
