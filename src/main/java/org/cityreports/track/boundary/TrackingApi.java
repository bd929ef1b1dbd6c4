package org.cityreports.track.boundary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.track.boundary.TrackingJson.CompareJson;
import org.cityreports.track.boundary.TrackingJson.IndicatorJson;
import org.cityreports.track.boundary.TrackingJson.ObservationJson;
import org.cityreports.track.boundary.TrackingJson.SeriesJson;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublishedState;

import java.util.function.Supplier;

/**
 * The open data of the compare and track pages: {@code /api/v1/indicators}, {@code …/{code}/series} and
 * {@code /api/v1/compare?indicator=&year=} (a city's targets: {@link TargetsApi}).
 */
@Path("api/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackingApi {

    @Inject
    PublishedState published;

    @Inject
    Indicators indicators;

    @Inject
    Tracking tracking;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @GET
    @Path("indicators")
    @Operation(summary = "The indicator catalogue", tags = "indicators")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = IndicatorJson.class))))
    public Response indicators() {
        return cached(published, request, security, "indicators", () -> indicators.all().stream()
                .map(IndicatorJson::of)
                .toList());
    }

    @GET
    @Path("indicators/{code}/series")
    @Operation(summary = "One indicator across cities and years, in its unit", tags = "indicators")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SeriesJson.class)))
    @ApiResponse(responseCode = "404", description = "No such indicator")
    public Response series(@PathParam("code") String code) {
        Indicator indicator = indicators.get(code);
        return cached(
                published,
                request,
                security,
                "series-" + code,
                () -> new SeriesJson(
                        IndicatorJson.of(indicator),
                        indicator.getUnit().symbol(),
                        tracking.series(indicator).stream()
                                .map(ObservationJson::of)
                                .toList()));
    }

    @GET
    @Path("compare")
    @Operation(summary = "The cities side by side on one indicator for one year, largest first", tags = "indicators")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CompareJson.class)))
    @ApiResponse(responseCode = "400", description = "No known indicator, or a year that is not one")
    public Response compare(@QueryParam("indicator") String code, @QueryParam("year") String year) {
        ComparePages.Choice choice = ComparePages.choose(indicators, code, year, true);
        if (!choice.errors().isEmpty()) {
            throw new BadRequestException(
                    "Not valid: " + String.join(", ", choice.errors().asMap().keySet()));
        }
        Indicator indicator = choice.indicator();
        return cached(published, request, security, "compare-" + choice.name(), () -> {
            Tracking.Comparison comparison = tracking.compare(indicator, choice.year());
            return new CompareJson(
                    IndicatorJson.of(indicator),
                    comparison.year(),
                    indicator.getUnit().symbol(),
                    comparison.rows().stream().map(ObservationJson::of).toList());
        });
    }

    static Response cached(
            PublishedState published,
            Request request,
            SecurityContext security,
            String representation,
            Supplier<Object> document) {
        EntityTag tag = PublicCaching.tag("json-" + representation, published.stamp());
        return PublicCaching.respond(request, security, tag, document);
    }
}
