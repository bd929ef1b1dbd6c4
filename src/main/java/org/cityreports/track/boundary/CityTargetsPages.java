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
import org.cityreports.city.control.Cities;
import org.cityreports.city.entity.City;
import org.cityreports.report.entity.Target;
import org.cityreports.track.control.Progress;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.CsvDownload;
import org.cityreports.web.CsvTable;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublicPages;
import org.cityreports.web.PublishedState;
import org.cityreports.web.RequestLocale;

import java.util.Arrays;
import java.util.Map;

/** {@code /cities/{slug}/targets} (and {@code …/targets/data.csv}): every plan target of the city's published reports, with its progress. */
@Path("cities/{slug}/targets")
@RequestScoped
public class CityTargetsPages {

    /** A city's targets with their progress, as the download writes them. */
    public static final CsvTable TABLE = CsvTable.of(
            "targets",
            CsvTable.integer("report_year"),
            CsvTable.text("label"),
            CsvTable.text("indicator"),
            CsvTable.text("kind"),
            CsvTable.text("comparator"),
            CsvTable.decimal("value"),
            CsvTable.text("unit"),
            CsvTable.integer("start_year"),
            CsvTable.integer("end_year"),
            CsvTable.text("state"),
            CsvTable.integer("latest_year"),
            CsvTable.decimal("latest_value"),
            CsvTable.text("latest_unit"),
            CsvTable.text("source_sentence"));

    @Inject
    PublishedState published;

    @Inject
    Cities cities;

    @Inject
    Tracking tracking;

    @Inject
    PublicPages pages;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response page(@PathParam("slug") String slug, @Context Request request, @Context SecurityContext security) {
        City city = cities.bySlug(slug);
        EntityTag tag = PublicCaching.tag(
                "targets-" + slug + "-" + RequestLocale.of(servletRequest).getLanguage(), published.stamp());
        return pages.page(
                request,
                security,
                tag,
                "/track/targets",
                () -> Map.of("city", city, "targets", tracking.targets(city)));
    }

    @GET
    @Path("data.csv")
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response csv(@PathParam("slug") String slug, @Context Request request, @Context SecurityContext security) {
        City city = cities.bySlug(slug);
        EntityTag tag = PublicCaching.tag("targets-csv-" + slug, published.stamp());
        return PublicCaching.respondWith(
                request,
                security,
                tag,
                () -> CsvDownload.of(
                        slug + "-targets.csv",
                        TABLE.headers(),
                        tracking.targets(city).stream()
                                .map(tracked -> {
                                    Target t = tracked.target();
                                    Progress p = tracked.progress();
                                    return Arrays.<Object>asList(
                                            t.getSection().getReport().getYear(),
                                            t.getLabel(),
                                            t.getIndicator() == null
                                                    ? null
                                                    : t.getIndicator().getCode(),
                                            t.getKind(),
                                            t.getComparator(),
                                            t.getValue(),
                                            t.getUnit(),
                                            t.getStartYear(),
                                            t.getEndYear(),
                                            p.state(),
                                            p.latest() == null
                                                    ? null
                                                    : p.latest().year(),
                                            p.latest() == null
                                                    ? null
                                                    : p.latest().value(),
                                            p.latest() == null
                                                    ? null
                                                    : t.getIndicator().getUnit(),
                                            t.getSourceSentence());
                                })
                                .toList()));
    }
}
