package org.cityreports.track.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.Report;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.CsvDownload;
import org.cityreports.web.LocaleNumbers;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublicPages;
import org.cityreports.web.PublishedState;
import org.cityreports.web.RequestLocale;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /compare?indicator=gdp&year=2021}: the cities side by side on one indicator for one year,
 * in its canonical unit, largest first, each with the sentence it comes from. Without a year, the
 * newest year with figures; without an indicator, only the form to choose one.
 */
@Path("compare")
@RequestScoped
public class ComparePages {

    @Inject
    PublishedState published;

    @Inject
    Indicators indicators;

    @Inject
    Tracking tracking;

    @Inject
    PublicPages pages;

    @Context
    HttpServletRequest servletRequest;

    /** What was asked for, once checked; a null year is the newest with figures. */
    record Choice(Indicator indicator, Integer year, FormErrors errors) {

        /** For tags and file names: from the checked choice, never the raw parameters (a tag is a header). */
        String name() {
            return indicator == null ? "none" : indicator.getCode() + "-" + (year == null ? "newest" : year);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response page(
            @QueryParam("indicator") String code,
            @QueryParam("year") String year,
            @Context Request request,
            @Context SecurityContext security) {
        Choice choice = choose(indicators, code, year, false);
        if (!choice.errors().isEmpty()) {
            Map<String, Object> model = form(code, year, choice.errors());
            return Response.status(400)
                    .entity(new Viewable("/track/compare", model))
                    .build();
        }
        String language = RequestLocale.of(servletRequest).getLanguage();
        EntityTag tag = PublicCaching.tag("compare-" + choice.name() + "-" + language, published.stamp());
        return pages.page(request, security, tag, "/track/compare", () -> model(choice));
    }

    /** The same table as CSV; the indicator is required. */
    @GET
    @Path("data.csv")
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response csv(
            @QueryParam("indicator") String code,
            @QueryParam("year") String year,
            @Context Request request,
            @Context SecurityContext security) {
        Choice choice = choose(indicators, code, year, true);
        if (!choice.errors().isEmpty()) {
            throw new BadRequestException(choice.errors().asMap().keySet() + " not valid");
        }
        EntityTag tag = PublicCaching.tag("compare-csv-" + choice.name(), published.stamp());
        return PublicCaching.respondWith(request, security, tag, () -> {
            Tracking.Comparison comparison = tracking.compare(choice.indicator(), choice.year());
            return CsvDownload.of(
                    choice.indicator().getCode() + "-" + comparison.year() + ".csv",
                    TrackCsv.OBSERVATIONS.headers(),
                    TrackCsv.rows(choice.indicator(), comparison.rows()));
        });
    }

    /** Checks the two parameters, without reading any figures. */
    static Choice choose(Indicators indicators, String code, String year, boolean required) {
        FormErrors errors = new FormErrors();
        Indicator indicator = null;
        if (code == null || code.isBlank()) {
            if (required) {
                errors.add("indicator", "compare.indicator.required");
            }
        } else {
            indicator = indicators.byCode(code.strip()).orElse(null);
            if (indicator == null) {
                errors.add("indicator", "indicator.unknown");
            }
        }
        Integer chosenYear = null;
        if (year != null && !year.isBlank()) {
            String typed = year.strip();
            if (typed.matches("\\d{4}")
                    && Integer.parseInt(typed) >= Report.FIRST_YEAR
                    && Integer.parseInt(typed) <= Report.LAST_YEAR) {
                chosenYear = Integer.parseInt(typed);
            } else {
                errors.add("year", "year.range");
            }
        }
        return new Choice(indicator, chosenYear, errors);
    }

    /** The page of a checked choice: the same for every request that names it. */
    private Map<String, Object> model(Choice choice) {
        Map<String, Object> model = form(
                choice.indicator() == null ? null : choice.indicator().getCode(),
                choice.year() == null ? null : String.valueOf(choice.year()),
                choice.errors());
        if (choice.indicator() != null) {
            Indicator indicator = choice.indicator();
            Tracking.Comparison comparison = tracking.compare(indicator, choice.year());
            LocaleNumbers numbers = new LocaleNumbers(RequestLocale.of(servletRequest));
            Locale locale = RequestLocale.of(servletRequest);
            model.put("indicator", indicator);
            model.put("year", comparison.year());
            model.put("rows", comparison.rows());
            model.put("years", comparison.years());
            model.put("numbers", numbers);
            model.put(
                    "chart",
                    BarChart.of(
                            comparison.rows(),
                            null,
                            o -> o.city().name(locale),
                            indicator.getUnit().symbol(),
                            numbers));
        }
        return model;
    }

    private Map<String, Object> form(String code, String year, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("indicators", indicators.all());
        model.put("chosenCode", code == null ? "" : code);
        model.put("chosenYear", year == null ? "" : year);
        model.put("errors", errors.asMap());
        return model;
    }
}
