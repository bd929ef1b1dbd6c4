package org.cityreports.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over the published reports: the seeds found by Chinese and English words, the figure
 * before the sentences, each result leading to its place on the report page; filters and pages;
 * words that cannot be searched answered with a message; a publication found at once.
 */
class SearchIT extends DeployedWar {

    @Test
    void aFigureIsFoundByItsNameFirstAndLeadsToItsRowOnTheReportPage() {
        JsonObject results = search("地区生产总值&city=taiyuan");
        JsonObject first = results.getJsonArray("figures").getJsonObject(0);
        assertEquals("地区生产总值", first.getJsonObject("label").getString("text"), results.toString());
        assertEquals("5121.61", first.getString("value"));
        assertEquals("亿元", first.getString("unit"));
        assertEquals(List.of(0, 6), marks(first.getJsonObject("label")).get(0), "the whole name marked");
        String url = first.getString("url");
        assertTrue(url.startsWith("/cities/taiyuan/2022#figure-"), url);
        String page = Http.getChinese(base, url.substring(0, url.indexOf('#'))).body();
        assertTrue(page.contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\""), "the row has that address");
    }

    @Test
    void aWordInTheTextFindsItsSentenceMarkedWithTheAddressOfTheSentence() {
        // in the text "地铁 2 号线" segments as 地 / 铁: found all the same
        JsonObject results = search("地铁");
        JsonObject sentence = results.getJsonArray("sentences").getJsonObject(0);
        assertTrue(sentence.getJsonObject("sentence").getString("text").contains("地铁 2 号线开通运营"), results.toString());
        assertEquals("taiyuan", sentence.getString("city"));
        String url = sentence.getString("url");
        Matcher anchor = Pattern.compile("#(s-\\d+-\\d+)$").matcher(url);
        assertTrue(anchor.find(), url);
        String page = Http.getChinese(base, "/cities/taiyuan/2022").body();
        Matcher span =
                Pattern.compile("id=\"" + anchor.group(1) + "\">([^<]*)<").matcher(page);
        assertTrue(span.find(), "the sentence has that address on the report page");
        assertTrue(span.group(1).contains("地铁 2 号线开通运营"), span.group(1));

        String html = Http.getChinese(base, "/search?q=" + enc("地铁")).body();
        assertTrue(html.matches("(?s).*<mark>地铁</mark\\s*>.*"), "the word is marked on the results page");
        assertTrue(html.contains("href=\"" + url + "\""), "and links to the sentence");
    }

    @Test
    void englishWordsFindFiguresByTheirIndicatorsEnglishNameAndTheCityByItsEnglishName() {
        JsonObject results = search("Taiyuan%20GDP%20growth");
        JsonArray figures = results.getJsonArray("figures");
        assertFalse(figures.isEmpty(), results.toString());
        assertEquals(
                "地区生产总值实际增速", figures.getJsonObject(0).getJsonObject("label").getString("text"));
        figures.getValuesAs(JsonObject.class).forEach(f -> assertEquals("taiyuan", f.getString("city")));
    }

    @Test
    void filtersKeepOnlyTheirCityAndPartAndPagesGoOnWhereTheFirstStopped() {
        JsonObject changzhi = search("增长&city=changzhi");
        assertTrue(changzhi.getInt("total") > 20, "enough for two pages: " + changzhi.getInt("total"));
        changzhi.getJsonArray("figures")
                .getValuesAs(JsonObject.class)
                .forEach(f -> assertEquals("changzhi", f.getString("city")));
        JsonObject fiveYears = search("增长&city=changzhi&part=FIVE_YEAR_REVIEW");
        assertTrue(fiveYears.getInt("total") > 0 && fiveYears.getInt("total") < changzhi.getInt("total"));
        fiveYears
                .getJsonArray("figures")
                .getValuesAs(JsonObject.class)
                .forEach(f -> assertEquals("FIVE_YEAR_REVIEW", f.getString("part")));
        fiveYears
                .getJsonArray("sentences")
                .getValuesAs(JsonObject.class)
                .forEach(f -> assertEquals("FIVE_YEAR_REVIEW", f.getString("part")));
        assertEquals(
                changzhi.getInt("total"), search("增长&city=changzhi&year=2022").getInt("total"), "its one report");
        assertEquals(0, search("增长&city=changzhi&year=2021").getInt("total"), "no report of that year");

        assertEquals(1, changzhi.getInt("page"));
        String next = changzhi.getString("next");
        JsonObject second = object(Http.get(base, next));
        assertEquals(2, second.getInt("page"));
        int shown = changzhi.getJsonArray("figures").size()
                + changzhi.getJsonArray("sentences").size();
        assertEquals(20, shown, "twenty to a page");
        List<String> firstUrls = urls(changzhi);
        urls(second).forEach(u -> assertFalse(firstUrls.contains(u), "no result twice: " + u));

        String html = Http.getChinese(base, "/search?q=" + enc("增长") + "&city=changzhi&page=2")
                .body();
        assertTrue(html.contains("rel=\"prev\""), "a link back to the first page");
        assertTrue(html.contains("第 2/"), html);
    }

    @Test
    void wordsThatCannotBeSearchedGetAMessageBesideTheBoxNeverAnError() {
        HttpResponse<String> empty = Http.getChinese(base, "/search?q=%20");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("请输入要搜索的词。"), empty.body());
        HttpResponse<String> tooLong = Http.getChinese(base, "/search?q=" + "字".repeat(101));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("搜索词最多 100 个字"), tooLong.body());
        for (String odd : List.of("!!!", "*?~^", "title:(a OR b)", "\"", "地区生产总值 AND", "\\", "[1 TO 5]")) {
            HttpResponse<String> answer = Http.getChinese(base, "/search?q=" + enc(odd));
            assertEquals(200, answer.statusCode(), odd);
            assertTrue(
                    answer.body().contains("没有找到")
                            || answer.body().contains("搜索词中没有可以查找的字词")
                            || answer.body().contains("个数据和目标"),
                    odd);
        }
        assertTrue(Http.getChinese(base, "/search?q=" + enc("!!!")).body().contains("搜索词中没有可以查找的字词"));
        assertEquals(200, Http.getChinese(base, "/search").statusCode(), "the form alone");
        assertEquals(400, Http.get(base, "/api/v1/search?q=").statusCode());
        assertEquals(400, Http.get(base, "/api/v1/search?q=" + enc("???")).statusCode());
        assertEquals(
                200,
                Http.get(base, "/api/v1/search?q=x&year=abc&part=NONE&page=-1").statusCode(),
                "a filter that is not one is no filter");
    }

    @Test
    void everyPageHasTheSearchBox() {
        for (String path : List.of("/", "/cities/taiyuan/2022", "/compare", "/staff/login")) {
            assertTrue(Http.getChinese(base, path).body().contains("action=\"/search\""), path);
        }
    }

    @Test
    void aPublicationIsFoundAtOnceAndItsRevisionReplacesIt() {
        NewCity team = NewCity.withStaff(base, "se");
        String city = team.slug();
        StaffClient editor = team.editor();
        StaffClient reviewer = team.reviewer();
        String report = editor.createReport(city, 2024, "2024 年政府工作报告");
        long section = editor.addSection(report, "ANNUAL_REVIEW", "公共服务");
        editor.addFigure(
                section,
                Map.of(
                        "label",
                        "公共图书馆",
                        "value",
                        "12",
                        "unit",
                        "个",
                        "qualifier",
                        "EXACT",
                        "sourceSentence",
                        "新建公共图书馆 12 个。"));
        String query = enc("公共图书馆") + "&city=" + city;
        assertEquals(0, search(query).getInt("total"), "a draft is not found");

        StaffClient.publish(editor, reviewer, report);
        JsonArray found = search(query).getJsonArray("figures");
        assertEquals(1, found.size(), found.toString());
        assertEquals("12", found.getJsonObject(0).getString("value"));

        editor.get(report);
        String draft = StaffClient.location(editor.post(report + "/revise", Map.of()));
        Matcher copy = Pattern.compile("/staff/figures/(\\d+)\"")
                .matcher(editor.get(draft).body());
        assertTrue(copy.find());
        String figure = "/staff/figures/" + copy.group(1);
        HttpResponse<String> form = editor.get(figure);
        assertEquals(
                303,
                editor.post(
                                figure,
                                Map.of(
                                        "label",
                                        "公共图书馆",
                                        "value",
                                        "15",
                                        "unit",
                                        "个",
                                        "qualifier",
                                        "EXACT",
                                        "sourceSentence",
                                        "新建公共图书馆 15 个。",
                                        "version",
                                        StaffClient.version(form)))
                        .statusCode());
        assertEquals(
                "12",
                search(query).getJsonArray("figures").getJsonObject(0).getString("value"),
                "the public revision until the next is published");
        StaffClient.publish(editor, reviewer, draft);
        found = search(query).getJsonArray("figures");
        assertEquals(1, found.size(), "the old revision is gone from the results: " + found);
        assertEquals("15", found.getJsonObject(0).getString("value"));
    }

    private JsonObject search(String query) {
        return object(Http.get(base, "/api/v1/search?q=" + query));
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<List<Integer>> marks(JsonObject text) {
        return text.getJsonArray("marks").getValuesAs(JsonArray.class).stream()
                .map(m -> List.of(m.getInt(0), m.getInt(1)))
                .toList();
    }

    private static List<String> urls(JsonObject results) {
        return java.util.stream.Stream.concat(
                        results.getJsonArray("figures").getValuesAs(JsonObject.class).stream(),
                        results.getJsonArray("sentences").getValuesAs(JsonObject.class).stream())
                .map(r -> r.getString("url"))
                .toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
