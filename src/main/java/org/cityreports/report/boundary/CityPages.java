package org.cityreports.report.boundary;

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
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Report;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublicPages;
import org.cityreports.web.PublishedState;
import org.cityreports.web.RequestLocale;

import java.util.List;
import java.util.Map;

/** The public home page (every city with its newest report) and one city's page. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CityPages {

    @Inject
    PublishedState published;

    @Inject
    Cities cities;

    @Inject
    PublishedReports reports;

    @Inject
    PublicPages pages;

    @Context
    HttpServletRequest servletRequest;

    /**
     * Each city with its newest report's headline figures and a link to all its reports; rendered
     * once per published state and language (see {@link PublishedState}).
     */
    @GET
    public Response home(@Context Request request, @Context SecurityContext security) {
        EntityTag tag =
                PublicCaching.tag("home-" + RequestLocale.of(servletRequest).getLanguage(), published.stamp());
        return pages.page(request, security, tag, "/city/home", this::homeModel);
    }

    private Map<String, Object> homeModel() {
        List<Report> newest = reports.newestOfEachCity();
        return Map.of("newest", newest, "counts", reports.countsByCityId(), "headlines", reports.headlinesOf(newest));
    }

    @GET
    @Path("cities/{slug}")
    public Response city(@PathParam("slug") String slug, @Context Request request, @Context SecurityContext security) {
        City city = cities.bySlug(slug);
        EntityTag tag =
                PublicCaching.tag("city-" + RequestLocale.of(servletRequest).getLanguage(), published.stamp());
        return pages.page(
                request, security, tag, "/city/show", () -> Map.of("city", city, "reports", reports.of(city)));
    }
}
