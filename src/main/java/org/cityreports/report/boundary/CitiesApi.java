package org.cityreports.report.boundary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.city.control.Cities;
import org.cityreports.city.entity.City;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Report;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublishedState;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /api/v1/cities} and {@code GET /api/v1/cities/{slug}}: cities and their published reports. */
@Path("api/v1/cities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CitiesApi {

    /** A city with the years of its published reports. */
    public record CityJson(String slug, String nameZh, String nameEn, String province, List<ReportRef> reports) {}

    public record ReportRef(int year, String title, DocumentKind documentKind, String href) {
        static ReportRef of(Report r) {
            return new ReportRef(
                    r.getYear(),
                    r.getTitle(),
                    r.getDocumentKind(),
                    "/api/v1/cities/" + r.getCity().getSlug() + "/reports/" + r.getYear());
        }
    }

    @Inject
    Cities cities;

    @Inject
    PublishedReports reports;

    @Inject
    PublishedState published;

    @GET
    @Operation(summary = "Every city with its published reports", tags = "cities")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            array = @ArraySchema(schema = @Schema(implementation = CityJson.class)),
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "[{\"slug\": \"taiyuan\", \"nameZh\": \"太原\", \"nameEn\": \"Taiyuan\","
                                                            + " \"province\": \"山西省\", \"reports\": [{\"year\": 2022, \"title\":"
                                                            + " \"2022 年政府工作报告(摘要)\", \"documentKind\": \"SUMMARY\", \"href\":"
                                                            + " \"/api/v1/cities/taiyuan/reports/2022\"}]}]")))
    public Response all(@Context Request request, @Context SecurityContext security) {
        return PublicCaching.respond(request, security, PublicCaching.tag("cities", published.stamp()), () -> {
            Map<City, List<Report>> byCity = reports.all().stream().collect(Collectors.groupingBy(Report::getCity));
            return cities.all().stream()
                    .map(c -> json(c, byCity.getOrDefault(c, List.of())))
                    .toList();
        });
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One city with its published reports", tags = "cities")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CityJson.class)))
    @ApiResponse(responseCode = "404", description = "No such city")
    public Response one(@PathParam("slug") String slug, @Context Request request, @Context SecurityContext security) {
        City city = cities.bySlug(slug);
        return PublicCaching.respond(
                request, security, PublicCaching.tag("city", published.stamp()), () -> json(city, reports.of(city)));
    }

    private static CityJson json(City city, List<Report> reports) {
        return new CityJson(
                city.getSlug(),
                city.getNameZh(),
                city.getNameEn(),
                city.getProvince(),
                reports.stream().map(ReportRef::of).toList());
    }
}
