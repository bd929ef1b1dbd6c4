package org.cityreports.city.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityreports.city.control.Cities;
import org.cityreports.city.entity.City;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Report;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public home page (every city and its reports) and one city's page. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CityPages {

    @Inject
    Cities cities;

    @Inject
    PublishedReports reports;

    @GET
    public Viewable home() {
        Map<City, List<Report>> reportsByCity = reports.all().stream()
                .collect(Collectors.groupingBy(Report::getCity, LinkedHashMap::new, Collectors.toList()));
        return new Viewable("/city/home", Map.of(
                "reportsByCity", reportsByCity,
                "headlines", reports.headlinesByReportId()));
    }

    @GET
    @Path("cities/{slug}")
    public Viewable city(@PathParam("slug") String slug) {
        City city = cities.bySlug(slug);
        return new Viewable("/city/show", Map.of("city", city, "reports", reports.of(city)));
    }
}
