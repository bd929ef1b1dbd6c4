package org.cityreports.extract.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.extract.control.ExtractionQuality;
import org.cityreports.extract.control.ScoredFields;
import org.cityreports.extract.entity.Outcome;
import org.cityreports.web.CsvDownload;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/extraction}: how good the extractor is on the reports staff actually enter,
 * counted from the review record: precision and recall per field, overall, per indicator and per
 * month, with the same counts as CSV.
 */
@Path("staff/extraction")
@RequestScoped
@RolesAllowed("admin")
public class ExtractionQualityPages {

    private static final List<String> COLUMNS = List.of(
            "scope",
            "key",
            "field",
            "proposed",
            "right",
            "saved",
            "precision",
            "recall",
            "accepted",
            "corrected",
            "left_out",
            "missed");

    @Inject
    ExtractionQuality quality;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Viewable page() {
        ExtractionQuality.Counts counts = quality.counts();
        return new Viewable(
                "/staff/extraction-quality",
                Map.of(
                        "counts", counts,
                        "fields", ScoredFields.NAMES,
                        "noIndicator", ExtractionQuality.NO_INDICATOR));
    }

    @GET
    @Path("csv")
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response csv() {
        ExtractionQuality.Counts counts = quality.counts();
        List<List<Object>> rows = new ArrayList<>();
        rows(rows, "all", "", counts.all());
        counts.byIndicator().forEach((indicator, tally) -> rows(rows, "indicator", indicator, tally));
        counts.byMonth().forEach((month, tally) -> rows(rows, "month", month, tally));
        return CsvDownload.of("extraction-quality.csv", COLUMNS, rows).build();
    }

    private static void rows(List<List<Object>> rows, String scope, String key, ExtractionQuality.Tally tally) {
        for (String field : ScoredFields.NAMES) {
            rows.add(java.util.Arrays.asList(
                    scope,
                    key,
                    field,
                    tally.proposed(field),
                    tally.right(field),
                    tally.saved(field),
                    share(tally.precision(field)),
                    share(tally.recall(field)),
                    tally.count(Outcome.ACCEPTED),
                    tally.count(Outcome.CORRECTED),
                    tally.count(Outcome.LEFT_OUT),
                    tally.count(Outcome.MISSED)));
        }
    }

    private static String share(Double share) {
        return share == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", share);
    }
}
