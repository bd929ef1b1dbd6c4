package org.cityreports.search.boundary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityreports.search.control.Piece;
import org.cityreports.search.control.SearchIndex;
import org.cityreports.search.control.SearchQuery;
import org.cityreports.search.control.SearchResults;

import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/search?q=…}: the search page's results as JSON, with the same filters and paging. */
@Path("api/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    @Inject
    SearchIndex index;

    /** A found text, and where in it the words searched for are (character offsets, end exclusive). */
    public record MarkedText(String text, List<int[]> marks) {

        static MarkedText of(List<Piece> pieces) {
            StringBuilder text = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            for (Piece piece : pieces) {
                if (piece.marked()) {
                    marks.add(new int[] {
                        text.length(), text.length() + piece.text().length()
                    });
                }
                text.append(piece.text());
            }
            return new MarkedText(text.toString(), marks);
        }
    }

    public record ItemJson(
            String kind,
            MarkedText label,
            String value,
            String unit,
            String years,
            MarkedText sentence,
            String city,
            int year,
            String part,
            String url) {}

    public record SentenceJson(MarkedText sentence, String section, String city, int year, String part, String url) {}

    public record ResultsJson(
            String q,
            int page,
            int pages,
            int total,
            int figureCount,
            int sentenceCount,
            List<ItemJson> figures,
            List<SentenceJson> sentences,
            String next) {}

    @GET
    @Operation(summary = "Search the published reports: figures and targets first, then sentences", tags = "search")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResultsJson.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Words that cannot be searched: none, over 100 characters, punctuation only")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "The words, at most 100 characters")
    @Parameter(name = "city", in = ParameterIn.QUERY, description = "A city's slug")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "A report's year")
    @Parameter(
            name = "part",
            in = ParameterIn.QUERY,
            schema = @Schema(allowableValues = {"ANNUAL_REVIEW", "FIVE_YEAR_REVIEW", "PLAN"}))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 1; twenty results to a page")
    public ResultsJson search(@Parameter(hidden = true) @BeanParam SearchParameters parameters) {
        SearchQuery query = parameters.query();
        if (query.problem() != null) {
            throw new BadRequestException(
                    query.problem().equals("search.empty")
                            ? "q is required: the words to search for"
                            : "q is longer than " + SearchQuery.MAX_LENGTH + " characters");
        }
        SearchResults results = index.search(query);
        if (results.noWords()) {
            throw new BadRequestException("q holds no words to search for");
        }
        return new ResultsJson(
                query.words(),
                query.page() + 1,
                results.pages(),
                results.total(),
                results.itemCount(),
                results.sentenceCount(),
                results.items().stream()
                        .map(i -> new ItemJson(
                                i.kind(),
                                MarkedText.of(i.label()),
                                i.value(),
                                i.unit(),
                                i.years(),
                                MarkedText.of(i.sentence()),
                                i.place().citySlug(),
                                i.place().year(),
                                i.place().part(),
                                i.place().href()))
                        .toList(),
                results.sentences().stream()
                        .map(s -> new SentenceJson(
                                MarkedText.of(s.sentence()),
                                s.sectionTitle(),
                                s.place().citySlug(),
                                s.place().year(),
                                s.place().part().isEmpty() ? null : s.place().part(),
                                s.place().href()))
                        .toList(),
                results.hasNext() ? SearchParameters.href("/api/v1/search", query, query.page() + 1) : null);
    }
}
