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
import org.cityreports.city.entity.City;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.track.control.IndicatorSeries;
import org.cityreports.track.control.Observation;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.CsvDownload;
import org.cityreports.web.JsonLd;
import org.cityreports.web.LocaleNumbers;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublicPages;
import org.cityreports.web.PublishedState;
import org.cityreports.web.RequestLocale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The indicator catalogue, and one indicator across all cities and years: chart, table, downloads. */
@Path("indicators")
@RequestScoped
public class IndicatorPages {

    static final String CODE = "{code: [a-z0-9][a-z0-9-]*}";

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

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response list(@Context Request request, @Context SecurityContext security) {
        EntityTag tag = PublicCaching.tag("indicators-" + language(), published.stamp());
        return pages.page(request, security, tag, "/track/indicators", () -> Map.of("indicators", indicators.all()));
    }

    @GET
    @Path(CODE)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response show(@PathParam("code") String code, @Context Request request, @Context SecurityContext security) {
        Indicator indicator = indicators.get(code);
        EntityTag tag = PublicCaching.tag("indicator-" + code + "-" + language(), published.stamp());
        return pages.page(request, security, tag, "/track/indicator", () -> model(indicator));
    }

    @GET
    @Path(CODE + "/series.csv")
    @Produces(CsvDownload.MEDIA_TYPE)
    public Response csv(@PathParam("code") String code, @Context Request request, @Context SecurityContext security) {
        Indicator indicator = indicators.get(code);
        EntityTag tag = PublicCaching.tag("series-csv-" + code, published.stamp());
        return PublicCaching.respondWith(
                request,
                security,
                tag,
                () -> CsvDownload.of(
                        code + "-series.csv",
                        TrackCsv.OBSERVATIONS.headers(),
                        TrackCsv.rows(indicator, tracking.series(indicator))));
    }

    private Map<String, Object> model(Indicator indicator) {
        Locale locale = RequestLocale.of(servletRequest);
        LocaleNumbers numbers = new LocaleNumbers(locale);
        List<Observation> observations = tracking.series(indicator);
        List<Integer> years = IndicatorSeries.years(observations);
        List<City> cities = observations.stream()
                .map(Observation::city)
                .distinct()
                .sorted(java.util.Comparator.comparing(City::getSlug))
                .toList();
        Map<String, Observation> cells = new LinkedHashMap<>();
        observations.forEach(o -> cells.put(o.year() + "/" + o.city().getSlug(), o));
        List<Observation> charted = observations.stream()
                .sorted(java.util.Comparator.comparing(Observation::year)
                        .reversed()
                        .thenComparing(o -> o.city().getSlug()))
                .toList();
        return Map.of(
                "indicator",
                indicator,
                "years",
                years,
                "cities",
                cities,
                "cells",
                cells,
                "chart",
                BarChart.of(
                        charted,
                        o -> String.valueOf(o.year()),
                        o -> o.city().name(locale),
                        indicator.getUnit().symbol(),
                        numbers),
                "empty",
                observations.isEmpty(),
                "numbers",
                numbers,
                "dataset",
                observations.isEmpty()
                        ? ""
                        : JsonLd.inScript(new IndicatorDataset(indicator, observations, "/").schemaOrg()));
    }

    private String language() {
        return RequestLocale.of(servletRequest).getLanguage();
    }
}
