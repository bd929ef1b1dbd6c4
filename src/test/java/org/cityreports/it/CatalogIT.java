package org.cityreports.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue and the pages' datasets as their consumers read them: parsed as JSON-LD into RDF by
 * Apache Jena and checked against the SHACL shapes of what a DCAT harvester and a search engine
 * read (src/test/resources/shapes); the downloads they name answer.
 */
class CatalogIT extends DeployedWar {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SCHEMA = "https://schema.org/";

    @Test
    void theCatalogueListsEachSeedReportAndIndicatorAsADcatDatasetAHarvesterAccepts() {
        HttpResponse<String> response = Http.get(base, "/catalog.jsonld");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model catalog = rdf(response.body(), base + "catalog.jsonld");
        conforms(catalog, "shapes/dcat.ttl");

        Resource taiyuan = catalog.getResource(base + "cities/taiyuan/2022");
        assertTrue(
                catalog.contains(taiyuan, RDF.type, catalog.getResource(DCAT + "Dataset")), "the report is a dataset");
        List<String> downloads = catalog.listObjectsOfProperty(taiyuan, catalog.getProperty(DCAT + "distribution"))
                .mapWith(d -> d.asResource()
                        .getPropertyResourceValue(catalog.getProperty(DCAT + "downloadURL"))
                        .getURI())
                .toList();
        assertTrue(downloads.contains(base + "cities/taiyuan/2022/figures.csv"), downloads.toString());
        for (String download : downloads) {
            assertEquals(
                    200,
                    Http.get(base, download.substring(base.toString().length() - 1))
                            .statusCode(),
                    download);
        }
        assertTrue(
                catalog.contains(
                        catalog.getResource(base + "indicators/gdp"), RDF.type, catalog.getResource(DCAT + "Dataset")),
                "an indicator with figures is one too");
    }

    @Test
    void theReportAndIndicatorPagesCarryASchemaOrgDatasetASearchEngineReads() {
        for (String page : List.of("cities/taiyuan/2022", "indicators/gdp")) {
            String html = Http.getChinese(base, "/" + page).body();
            Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                    .matcher(html);
            assertTrue(script.find(), page + " has its dataset");
            Model dataset = rdf(script.group(1), base + page);
            conforms(dataset, "shapes/schema-dataset.ttl");
            Resource described = dataset.getResource(base + page);
            assertTrue(dataset.contains(described, RDF.type, dataset.getResource(SCHEMA + "Dataset")), page);
        }
        String revision =
                Http.getChinese(base, "/cities/taiyuan/2022/revisions/1").body();
        // the footer links the catalogue with this media type too: look for the script element
        assertTrue(
                revision.contains("<script type=\"application/ld+json\">"),
                "the current revision read at its own address is the dataset");
    }

    @Test
    void aPublicationIsInTheCatalogueAtOnce() {
        NewCity team = NewCity.withStaff(base, "cg");
        String report = team.draftWithFigure(
                2024, Map.of("label", "地区生产总值", "value", "880", "unit", "亿元", "sourceSentence", "地区生产总值 880 亿元。"));
        String dataset = base + "cities/" + team.slug() + "/2024";
        assertTrue(!Http.get(base, "/catalog.jsonld").body().contains(dataset), "a draft is not listed");
        StaffClient.publish(team.editor(), team.reviewer(), report);
        Model catalog = rdf(Http.get(base, "/catalog.jsonld").body(), base + "catalog.jsonld");
        assertTrue(catalog.contains(catalog.getResource(dataset), RDF.type, catalog.getResource(DCAT + "Dataset")));
        conforms(catalog, "shapes/dcat.ttl");
    }

    @Test
    void everyCsvDownloadHasItsColumnsDescribedBesideItAndInTheDictionary() throws Exception {
        String dictionary = Http.getChinese(base, "/data-dictionary").body();
        for (String csv : List.of(
                "/cities/taiyuan/2022/figures.csv",
                "/indicators/gdp/series.csv",
                "/compare/data.csv?indicator=gdp",
                "/cities/taiyuan/targets/data.csv",
                "/cities/taiyuan/2022/corrections.csv")) {
            HttpResponse<String> file = Http.get(base, csv);
            assertEquals(200, file.statusCode(), csv);
            List<String> header = List.of(file.body()
                    .replace("\uFEFF", "")
                    .lines()
                    .findFirst()
                    .orElseThrow()
                    .split(","));
            String path = csv.contains("?") ? csv.substring(0, csv.indexOf('?')) : csv;
            HttpResponse<String> described = Http.get(base, path + "-metadata.json");
            assertEquals(200, described.statusCode(), path);
            JsonObject metadata =
                    Json.createReader(new StringReader(described.body())).readObject();
            assertEquals(path.substring(path.lastIndexOf('/') + 1), metadata.getString("url"), "the file beside it");
            List<JsonObject> columns = metadata.getJsonObject("tableSchema")
                    .getJsonArray("columns")
                    .getValuesAs(JsonObject.class);
            assertEquals(
                    header, columns.stream().map(c -> c.getString("name")).toList(), path + ": every column, in order");
            for (JsonObject column : columns) {
                List<String> descriptions = column.getJsonArray("dc:description").getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("@value"))
                        .toList();
                assertEquals(2, descriptions.size(), column.toString());
                descriptions.forEach(d -> assertTrue(!d.isBlank() && !d.startsWith("??"), column.toString()));
                assertTrue(List.of("string", "decimal", "integer", "boolean", "datetime")
                        .contains(column.getString("datatype")));
                assertTrue(
                        dictionary.contains("<code>" + column.getString("name") + "</code>"), column.getString("name"));
            }
        }
        assertEquals(
                404,
                Http.get(base, "/cities/taiyuan/2022/nothing.csv-metadata.json").statusCode());
    }

    private static Model rdf(String jsonLd, String baseUri) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonLd, Lang.JSONLD).base(baseUri).parse(model);
        assertTrue(model.size() > 0, "some statements: " + jsonLd);
        return model;
    }

    private static void conforms(Model data, String shapes) {
        Shapes shapeGraph = Shapes.parse(RDFDataMgr.loadGraph(shapes));
        ValidationReport report = ShaclValidator.get().validate(shapeGraph, data.getGraph());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(printed, true, StandardCharsets.UTF_8), report);
        assertTrue(report.conforms(), printed.toString(StandardCharsets.UTF_8));
    }
}
