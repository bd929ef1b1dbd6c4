package org.cityreports.search.boundary;

import jakarta.ws.rs.QueryParam;
import org.cityreports.report.entity.Part;
import org.cityreports.search.control.SearchQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The query string of a search ({@code q}, {@code city}, {@code year}, {@code part}, {@code page}),
 * read leniently (a filter that is not one is no filter: the page's own controls never send one)
 * and written back for the links to other pages of results.
 */
public class SearchParameters {

    @QueryParam("q")
    String q;

    @QueryParam("city")
    String city;

    @QueryParam("year")
    String year;

    @QueryParam("part")
    String part;

    /** Counted from 1, as the address shows it. */
    @QueryParam("page")
    String page;

    /** Whether words were asked for at all (the search page without them is the form alone). */
    boolean asked() {
        return q != null;
    }

    SearchQuery query() {
        Integer pageNumber = number(page);
        return new SearchQuery(
                q,
                city == null || city.isBlank() ? null : city.strip(),
                number(year),
                part(part),
                pageNumber == null ? 0 : pageNumber - 1);
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static Part part(String text) {
        for (Part part : Part.values()) {
            if (part.name().equals(text)) {
                return part;
            }
        }
        return null;
    }

    /** The address of another page of the same search, counted from 0. */
    static String href(String path, SearchQuery query, int page) {
        StringJoiner parameters = new StringJoiner("&", path + "?", "");
        parameters.add("q=" + URLEncoder.encode(query.words(), StandardCharsets.UTF_8));
        if (query.city() != null) {
            parameters.add("city=" + URLEncoder.encode(query.city(), StandardCharsets.UTF_8));
        }
        if (query.year() != null) {
            parameters.add("year=" + query.year());
        }
        if (query.part() != null) {
            parameters.add("part=" + query.part().name());
        }
        if (page > 0) {
            parameters.add("page=" + (page + 1));
        }
        return parameters.toString();
    }
}
