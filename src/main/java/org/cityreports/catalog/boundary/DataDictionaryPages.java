package org.cityreports.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cityreports.report.boundary.CorrectionCsvPages;
import org.cityreports.report.boundary.FigureCsvPages;
import org.cityreports.track.boundary.CityTargetsPages;
import org.cityreports.track.boundary.TrackCsv;
import org.cityreports.web.CsvTable;
import org.cityreports.web.JsonLd;
import org.cityreports.web.Messages;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.RequestLocale;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CSV downloads described: {@code /data-dictionary}, a page of every kind of CSV with its
 * columns, types and meaning ({@link CsvMetadataPages} gives each CSV's W3C CSVW metadata).
 */
@Path("data-dictionary")
@RequestScoped
public class DataDictionaryPages {

    /** Each kind of CSV by the addresses that serve it. */
    private static final Map<Pattern, CsvTable> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(Pattern.compile("cities/[^/]+/\\d{4}/figures\\.csv"), FigureCsvPages.TABLE);
        TABLES.put(Pattern.compile("(indicators/[^/]+/series|compare/data)\\.csv"), TrackCsv.OBSERVATIONS);
        TABLES.put(Pattern.compile("cities/[^/]+/targets/data\\.csv"), CityTargetsPages.TABLE);
        TABLES.put(Pattern.compile("cities/[^/]+/\\d{4}/corrections\\.csv"), CorrectionCsvPages.TABLE);
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response page(
            @Context Request request, @Context SecurityContext security, @Context HttpServletRequest servletRequest) {
        String language = RequestLocale.of(servletRequest).getLanguage();
        return PublicCaching.respond(
                request,
                security,
                PublicCaching.tag("dictionary-" + language, "build"),
                () -> new Viewable("/catalog/dictionary", Map.of("tables", List.copyOf(TABLES.values()))));
    }

    /** The kind of CSV served at this address (without the leading slash). */
    static CsvTable tableAt(String csv) {
        return TABLES.entrySet().stream()
                .filter(e -> e.getKey().matcher(csv).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No CSV at " + csv));
    }

    /** CSVW metadata of one table: the file (relative to this document), its dialect and columns. */
    static JsonObject metadata(String file, CsvTable table) {
        JsonArrayBuilder columns = JsonLd.array();
        for (CsvTable.Column column : table.columns()) {
            columns.add(JsonLd.object()
                    .add("name", column.name())
                    .add("titles", column.name())
                    .add("datatype", column.datatype())
                    .add(
                            "dc:description",
                            JsonLd.bilingual(
                                    Messages.of(table.key(column), Locale.CHINESE),
                                    Messages.of(table.key(column), Locale.ENGLISH))));
        }
        String title = "dictionary.table." + table.name();
        return JsonLd.object()
                .add("@context", "http://www.w3.org/ns/csvw")
                .add("url", file)
                .add(
                        "dc:title",
                        JsonLd.bilingual(Messages.of(title, Locale.CHINESE), Messages.of(title, Locale.ENGLISH)))
                .add("dc:license", JsonLd.id(JsonLd.LICENSE))
                .add("dialect", JsonLd.object().add("encoding", "utf-8").add("header", true))
                .add("tableSchema", JsonLd.object().add("columns", columns))
                .build();
    }
}
