package org.cityreports.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiIT extends DeployedWar {

    @Test
    void citiesListsBothSeedCitiesWithTheirReports() {
        HttpResponse<String> response = Http.get(base, "/api/v1/cities");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray cities = Json.createReader(new StringReader(response.body())).readArray();
        List<String> slugs = cities.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("slug"))
                .toList();
        // other tests add cities of their own to the database all tests share
        assertTrue(slugs.containsAll(List.of("changzhi", "taiyuan")), slugs.toString());
        assertEquals(slugs.stream().sorted().toList(), slugs, "in order of their slugs");
        JsonObject taiyuan = cities.getJsonObject(slugs.indexOf("taiyuan"));
        assertEquals("太原", taiyuan.getString("nameZh"));
        assertEquals(2022, taiyuan.getJsonArray("reports").getJsonObject(0).getInt("year"));
    }

    @Test
    void aCityShowsItsReports() {
        JsonObject city = object(Http.get(base, "/api/v1/cities/changzhi"));
        assertEquals("长治", city.getString("nameZh"));
        assertEquals(
                "/api/v1/cities/changzhi/reports/2022",
                city.getJsonArray("reports").getJsonObject(0).getString("href"));
    }

    @Test
    void eachReportCarriesEveryFigureAndTargetOfTheSeedWithExactValues() {
        for (SampleReport sample : SampleDataFiles.reports(SampleDataFiles.catalogue())) {
            HttpResponse<String> response = Http.get(base, "/api/v1/cities/" + sample.city + "/reports/" + sample.year);
            assertEquals(200, response.statusCode());
            assertFalse(
                    Pattern.compile("\"value\":-?[0-9.]+[eE]")
                            .matcher(response.body())
                            .find(),
                    "values are written as plain decimals");
            JsonArray sections = object(response).getJsonArray("sections");
            assertEquals(sample.sections.size(), sections.size());
            for (int s = 0; s < sections.size(); s++) {
                SampleReport.SectionEntry expected = sample.sections.get(s);
                JsonObject section = sections.getJsonObject(s);
                assertEquals(expected.part.name(), section.getString("part"));
                JsonArray figures = section.getJsonArray("figures");
                assertEquals(expected.figures.size(), figures.size(), "figures of " + expected.title);
                for (int f = 0; f < figures.size(); f++) {
                    SampleReport.FigureEntry want = expected.figures.get(f);
                    JsonObject got = figures.getJsonObject(f);
                    assertEquals(want.label, got.getString("label"));
                    assertEquals(
                            0, want.value.compareTo(got.getJsonNumber("value").bigDecimalValue()), want.label);
                    assertEquals(want.unit, got.getString("unit"));
                    assertEquals(want.source, got.getString("source"));
                    if (want.change != null) {
                        assertEquals(
                                0,
                                want.change.value.compareTo(got.getJsonObject("change")
                                        .getJsonNumber("value")
                                        .bigDecimalValue()),
                                want.label);
                    }
                    if (want.rank != null) {
                        assertEquals(
                                want.rank.position, got.getJsonObject("rank").getInt("position"), want.label);
                    }
                }
                assertEquals(
                        expected.targets.size(), section.getJsonArray("targets").size());
            }
        }
    }

    @Test
    void theTaiyuanGdpIsWrittenAsTheReportWritesIt() {
        String body = Http.get(base, "/api/v1/cities/taiyuan/reports/2022").body();
        assertTrue(Pattern.compile("\"value\":5121\\.61[,}]").matcher(body).find(), "exact decimal as a JSON number");
    }

    @Test
    void unknownCitiesAndYearsGiveJsonErrors() {
        for (String path : List.of(
                "/api/v1/cities/shanghai",
                "/api/v1/cities/taiyuan/reports/2030",
                "/api/v1/cities/shanghai/reports/2022")) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject error = object(response);
            assertEquals(404, error.getInt("status"));
            assertFalse(error.getString("message").isBlank());
        }
    }

    @Test
    void theApiSpeaksOnlyJsonAndTakesNoBodies() {
        HttpResponse<String> xml = Http.get(base, "/api/v1/cities", "Accept", "application/xml");
        assertEquals(406, xml.statusCode());
        assertEquals(406, object(xml).getInt("status"));

        for (String type : List.of("application/xml", "application/json", "text/plain")) {
            HttpResponse<String> posted = Http.send(base, "POST", "/api/v1/cities", type, "<city>上海</city>");
            assertEquals(405, posted.statusCode(), type);
            assertEquals(405, object(posted).getInt("status"));
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
        return value.asJsonObject();
    }
}
