package org.cityreports.track.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.report.boundary.ReportDataset;
import org.cityreports.report.control.Corrections;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.JsonLd;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublicPages;
import org.cityreports.web.PublishedState;
import org.cityreports.web.RequestLocale;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One published report: headline figures, then each part with its sections, figures, and targets with their progress. */
@Path("cities/{slug}/{year: \\d{4}}")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReportPages {

    @Inject
    PublishedState published;

    @Inject
    PublishedReports reports;

    @Inject
    PublicPages pages;

    @Inject
    Tracking tracking;

    @Inject
    FigureChecks checks;

    @Inject
    Corrections corrections;

    @Context
    HttpServletRequest servletRequest;

    /**
     * A 304 when the visitor has this revision already; else the page rendered once per revision
     * and language, for everyone but signed-in staff, whose page carries their menu and token.
     */
    @GET
    public Response show(
            @PathParam("slug") String slug,
            @PathParam("year") int year,
            @Context Request request,
            @Context SecurityContext security) {
        PublishedReports.Revision revision = reports.revision(slug, year);
        // the targets' progress comes from later reports: their publication changes this page too
        EntityTag tag = PublicCaching.tag(
                "html-" + RequestLocale.of(servletRequest).getLanguage(),
                revision.reportId() + "." + revision.version() + "." + published.stamp());
        return pages.page(request, security, tag, "/report/show", () -> model(reports.find(slug, year)));
    }

    /**
     * A revision as the public read it before a correction replaced it (or the current one), at an
     * address that stays: what a link, a citation or the corrections section points to.
     */
    @GET
    @Path("revisions/{revision: \\d{1,4}}")
    public Response revision(
            @PathParam("slug") String slug,
            @PathParam("year") int year,
            @PathParam("revision") int number,
            @Context Request request,
            @Context SecurityContext security) {
        Report report = reports.numbered(slug, year, number);
        EntityTag tag = PublicCaching.tag(
                "html-revision-" + RequestLocale.of(servletRequest).getLanguage(),
                report.getId() + "." + report.getVersion() + "." + published.stamp());
        return pages.page(request, security, tag, "/report/show", () -> model(report));
    }

    private Map<String, Object> model(Report report) {
        Map<Part, List<Section>> parts = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            List<Section> sections = report.sectionsOf(part);
            if (!sections.isEmpty()) {
                parts.put(part, sections);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("parts", parts);
        model.put("headlines", report.headlineFigures());
        model.put("targets", tracking.withProgress(report.getCity(), report.targets()));
        // a report with a plan part says so even when the plan states no quantified target
        model.put(
                "showTargets", parts.containsKey(Part.PLAN) || !report.targets().isEmpty());
        model.put("accepted", checks.acceptedByFigure(report));
        model.put("corrections", corrections.of(report));
        // the current revision is the dataset search engines should list; an earlier one is not
        model.put(
                "dataset",
                report.isPublished()
                        ? JsonLd.inScript(ReportDataset.ofPage(report).schemaOrg())
                        : null);
        return model;
    }
}
