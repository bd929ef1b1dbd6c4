package org.cityreports.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.city.control.Cities;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Part;
import org.cityreports.search.control.SearchIndex;
import org.cityreports.search.control.SearchQuery;
import org.cityreports.search.control.SearchResults;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code /search?q=…}: figures and targets first, then sentences, with the words marked, filtered by
 * city, year and part, twenty to a page. Without words, the form alone; words that cannot be
 * searched get the form with a message beside the box.
 */
@Path("search")
@RequestScoped
public class SearchPages {

    @Inject
    SearchIndex index;

    @Inject
    Cities cities;

    @Inject
    PublishedReports reports;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response page(@BeanParam SearchParameters parameters) {
        SearchQuery query = parameters.query();
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("cities", cities.all());
        model.put("years", reports.years());
        model.put("parts", List.of(Part.values()));
        String problem = parameters.asked() ? query.problem() : null;
        model.put("problem", problem);
        model.put("maxLength", SearchQuery.MAX_LENGTH);
        if (!parameters.asked() || problem != null) {
            return Response.status(problem == null ? 200 : 400)
                    .entity(new Viewable("/search/results", model))
                    .build();
        }
        SearchResults results = index.search(query);
        model.put("results", results);
        IntFunction<String> pageHref = n -> SearchParameters.href("/search", query, n);
        model.put("previous", query.page() > 0 ? pageHref.apply(query.page() - 1) : null);
        model.put("next", results.hasNext() ? pageHref.apply(query.page() + 1) : null);
        return Response.ok(new Viewable("/search/results", model)).build();
    }
}
