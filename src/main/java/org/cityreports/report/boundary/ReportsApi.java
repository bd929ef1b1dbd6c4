package org.cityreports.report.boundary;

import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.report.control.Corrections;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Report;
import org.cityreports.web.PublicCaching;

/** {@code GET /api/v1/cities/{slug}/reports/{year}}: one published report, whole. */
@Path("api/v1/cities/{slug}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsApi {

    @Inject
    PublishedReports reports;

    @Inject
    FigureChecks checks;

    @Inject
    Corrections corrections;

    @GET
    @Path("{year: \\d{4}}")
    @Operation(summary = "A published report whole: sections, figures, targets, corrections", tags = "reports")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ReportJson.class),
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"city\": \"taiyuan\", \"cityNameZh\": \"太原\", \"cityNameEn\": \"Taiyuan\","
                                                            + " \"year\": 2022, \"title\": \"2022 年政府工作报告(摘要)\", \"documentKind\":"
                                                            + " \"SUMMARY\", \"revision\": 1, \"corrections\": [], \"sections\": [{\"part\":"
                                                            + " \"ANNUAL_REVIEW\", \"title\": \"高质量发展迈出新步伐\", \"figures\": [{\"label\":"
                                                            + " \"地区生产总值\", \"value\": 5121.61, \"unit\": \"亿元\"}], \"targets\": []}]}")))
    @ApiResponse(responseCode = "404", description = "No published report of that city and year")
    public Response report(
            @PathParam("slug") String slug,
            @PathParam("year") int year,
            @Context Request request,
            @Context SecurityContext security) {
        PublishedReports.Revision revision = reports.revision(slug, year);
        EntityTag tag = PublicCaching.tag("json", revision.reportId(), revision.version());
        return PublicCaching.respond(request, security, tag, () -> {
            Report report = reports.find(slug, year);
            return ReportJson.of(report, checks.acceptedByFigure(report), corrections.of(report));
        });
    }
}
