package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.Warning;
import org.cityreports.report.entity.Report;
import org.cityreports.web.CsvDownload;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.List;
import java.util.Map;

/**
 * For admins: every open warning of the checks across reports, as pages and as CSV, a page being
 * the warnings of {@link FigureChecks#REPORTS_PER_PAGE} reports (drafts and reports in review first).
 */
@Path("staff/checks")
@RequestScoped
@RolesAllowed("admin")
public class CheckPages {

    private static final List<String> COLUMNS = List.of(
            "city", "year", "revision", "status", "figure_id", "label", "value", "unit", "rule", "numbers", "address");

    @Inject
    FigureChecks checks;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Viewable list(@QueryParam("page") @DefaultValue("1") int page) {
        FigureChecks.Page found = checks.openEverywhere(Math.max(page, 1) - 1);
        long first = (long) found.number() * FigureChecks.REPORTS_PER_PAGE + 1;
        return new Viewable(
                "/staff/checks",
                Map.of(
                        "warnings", found.warnings(),
                        "page", found.number() + 1,
                        "reports", found.reports(),
                        "first", Math.min(first, found.reports()),
                        "last", Math.min(first + FigureChecks.REPORTS_PER_PAGE - 1, found.reports()),
                        "hasNext", found.hasNext()));
    }

    /** The same page's warnings as CSV, row for row. */
    @GET
    @Path("csv")
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response csv(@QueryParam("page") @DefaultValue("1") int page) {
        List<List<Object>> rows = checks.openEverywhere(Math.max(page, 1) - 1).warnings().stream()
                .map(CheckPages::row)
                .toList();
        return CsvDownload.of("open-checks-" + Math.max(page, 1) + ".csv", COLUMNS, rows)
                .build();
    }

    private static List<Object> row(Warning w) {
        Report report = w.figure().getSection().getReport();
        return List.of(
                report.getCity().getSlug(),
                report.getYear(),
                report.getRevision(),
                report.getStatus().name(),
                w.figure().getId(),
                w.figure().getLabel(),
                w.figure().getValue().toPlainString(),
                w.figure().getUnit().symbol(),
                w.rule().name(),
                String.join(" | ", w.numbers()),
                "/staff/figures/" + w.figure().getId());
    }
}
