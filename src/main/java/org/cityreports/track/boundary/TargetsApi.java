package org.cityreports.track.boundary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
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
import org.cityreports.track.boundary.TrackingJson.TargetJson;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.PublishedState;

/** {@code GET /api/v1/cities/{slug}/targets}: the city's plan targets with their progress. */
// a root path of its own: under CitiesApi's "api/v1/cities" Jersey would not look further
@Path("api/v1/cities/{slug}/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TargetsApi {

    @Inject
    Cities cities;

    @Inject
    Tracking tracking;

    @Inject
    PublishedState published;

    @GET
    @Operation(summary = "A city's plan targets, each with its progress", tags = "targets")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TrackingJson.TargetJson.class))))
    @ApiResponse(responseCode = "404", description = "No such city")
    public Response targets(
            @PathParam("slug") String slug, @Context Request request, @Context SecurityContext security) {
        var city = cities.bySlug(slug);
        return TrackingApi.cached(published, request, security, "targets-" + slug, () -> tracking.targets(city).stream()
                .map(TargetJson::of)
                .toList());
    }
}
