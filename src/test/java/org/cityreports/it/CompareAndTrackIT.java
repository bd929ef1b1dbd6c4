package org.cityreports.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader does with the compare and track pages: one indicator across cities and years, the
 * cities side by side in one unit, the targets with their progress, the downloads and the API.
 */
class CompareAndTrackIT extends DeployedWar {

    @Test
    void gdpShowsBothSeedCitiesWithAChartAndTheSameNumbersInATable() {
        HttpResponse<String> list = Http.getChinese(base, "/indicators");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("href=\"/indicators/gdp\""), "the catalogue links each indicator");

        String page = Http.getChinese(base, "/indicators/gdp").body();
        assertTrue(page.contains("<h1>地区生产总值</h1>"), page);
        assertTrue(
                page.contains("<svg") && page.contains(">5,121.61 亿元</text>") && page.contains(">2,311 亿元</text>"),
                "the chart draws both values");
        String table = page.substring(page.indexOf("<table class=\"figures series\">"));
        assertTrue(table.contains(">太原</th>") && table.contains(">长治</th>") && table.contains(">2021</th>"), table);
        assertTrue(
                table.contains(">5,121.61</a>") && table.contains(">2,311</a>"),
                "the table has the same numbers, written for the language");
    }

    @Test
    void compareSortsTheCitiesInTheIndicatorsUnitWithTheirSourceSentences() {
        // GDP growth: a figure of its own in Taiyuan's report, the change beside GDP in Changzhi's
        String growth =
                Http.getChinese(base, "/compare?indicator=gdp-growth&year=2021").body();
        // other tests publish reports of cities of their own: only the seed cities' order matters here
        assertEquals(
                List.of("长治", "太原"),
                rowCities(growth).stream()
                        .filter(c -> c.equals("长治") || c.equals("太原"))
                        .toList(),
                "largest first: 11 % before 9.2 %");
        assertTrue(growth.contains("<strong>11</strong>") && growth.contains("<strong>9.2</strong>"), growth);
        assertTrue(growth.contains("全市地区生产总值 历史性突破2000亿元 达到2311亿元 增长11%"), "Changzhi's sentence");
        assertTrue(growth.contains("实际增速 9.2%、居全国省会城市第三位"), "Taiyuan's sentence");

        // Changzhi states GDP per capita as 1 万美元; the indicator's unit is 美元
        String perCapita =
                Http.getChinese(base, "/compare?indicator=gdp-per-capita-usd").body();
        assertTrue(perCapita.contains("<strong>10,000</strong>") && perCapita.contains(">1 万美元</td>"), perCapita);
        assertTrue(perCapita.contains("<h2>人均地区生产总值(美元),2021 年</h2>"), "the newest year when none is chosen");

        String empty = Http.getChinese(base, "/compare").body();
        assertTrue(
                empty.contains("<select id=\"indicator\" name=\"indicator\"") && !empty.contains("compare-row"),
                "without an indicator: the form to choose one");
    }

    @Test
    void aWrongIndicatorOrYearIsNamedNextToItsField() {
        HttpResponse<String> wrong = Http.getChinese(base, "/compare?indicator=gdpp&year=20x1");
        assertEquals(400, wrong.statusCode());
        assertTrue(
                wrong.body().contains("aria-describedby=\"indicator-errors\"")
                        && wrong.body().contains("id=\"indicator-errors\""),
                "message beside the indicator");
        assertTrue(wrong.body().contains("指标目录中没有这个指标。"), wrong.body());
        assertTrue(wrong.body().contains("id=\"year-errors\"") && wrong.body().contains("年份须为 1949 到 2100 之间的四位数字。"));
        assertEquals(400, Http.get(base, "/api/v1/compare?year=2021").statusCode(), "the API needs an indicator");
        assertEquals(404, Http.get(base, "/indicators/no-such-thing").statusCode());
    }

    @Test
    void everyTableDownloadsAsCsvWithABomAndAsJson() {
        HttpResponse<byte[]> csv = Http.getBytes(base, "/compare/data.csv?indicator=gdp&year=2021");
        assertEquals(
                "text/csv;charset=UTF-8",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFindicator,city,city_name_zh,city_name_en,year,value,unit,report_year"), text);
        assertTrue(
                text.contains("\ngdp,taiyuan,太原,Taiyuan,2021,5121.61,亿元,2022,") && text.contains("\ngdp,changzhi,长治"),
                text);
        String series = new String(
                Http.getBytes(base, "/indicators/gdp-growth/series.csv").body(), StandardCharsets.UTF_8);
        assertTrue(
                series.contains("\r\ngdp-growth,changzhi,长治,Changzhi,2021,11,%,2022,11 %,")
                        && series.contains("\r\ngdp-growth,taiyuan,太原,Taiyuan,2021,9.2,%,2022,9.2 %,"),
                series);
        String targets = new String(
                Http.getBytes(base, "/cities/taiyuan/targets/data.csv").body(), StandardCharsets.UTF_8);
        assertEquals(6, targets.strip().split("\r\n").length, "Taiyuan's five targets: " + targets);

        String indicators = Http.get(base, "/api/v1/indicators").body();
        assertTrue(
                indicators.contains("\"code\":\"gdp-growth\"")
                        && indicators.contains("\"growthOf\":\"gdp\"")
                        && indicators.contains("\"kind\":\"GROWTH_RATE\""),
                indicators);
        String seriesJson = Http.get(base, "/api/v1/indicators/gdp/series").body();
        assertTrue(seriesJson.contains("\"value\":5121.61") && seriesJson.contains("\"value\":2311"), seriesJson);
        String compare =
                Http.get(base, "/api/v1/compare?indicator=gdp-growth&year=2021").body();
        assertTrue(compare.indexOf("\"city\":\"changzhi\"") < compare.indexOf("\"city\":\"taiyuan\""), compare);
        String targetsJson = Http.get(base, "/api/v1/cities/taiyuan/targets").body();
        assertEquals(5, count(targetsJson, "\"state\":\"NO_DATA\""), targetsJson);
    }

    @Test
    void taiyuansPlanTargetsShowTheirProgressState() {
        String page = Http.getChinese(base, "/cities/taiyuan/targets").body();
        assertEquals(5, count(page, "<tr class=\"target\" id=\"target-"), page);
        assertTrue(
                page.contains("研发经费投入年均增长") && page.contains("暂无数据") && page.contains("已发布的报告中尚无 2022–2026 年该指标的数据。"),
                "state with the rule that decided it");
        assertTrue(page.contains("该目标未关联统一指标"), "the population target has no indicator");
        String report = Http.getChinese(base, "/cities/taiyuan/2022").body();
        assertTrue(
                report.contains("progress-no_data") && report.contains("href=\"/cities/taiyuan/targets\""),
                "the report page shows progress and links the city's targets");
    }

    @Test
    void aLaterPublishedReportMeasuresTheTargetsOfAnEarlierOne() {
        NewCity team = NewCity.withStaff(base, "ct");
        String city = team.slug();
        StaffClient editor = team.editor();
        StaffClient reviewer = team.reviewer();

        String plan = editor.createReport(city, 2022, "2022 年政府工作报告");
        long review = editor.addSection(plan, "ANNUAL_REVIEW", "经济");
        editor.addFigure(
                review,
                Map.of(
                        "label",
                        "地区生产总值",
                        "value",
                        "1000",
                        "unit",
                        "亿元",
                        "qualifier",
                        "EXACT",
                        "indicator",
                        "gdp",
                        "sourceSentence",
                        "地区生产总值 1000 亿元。"));
        long goals = editor.addSection(plan, "PLAN", "目标");
        addTarget(editor, goals, "研发经费投入年均增长", "YEARLY_GROWTH", "AT_LEAST", "10", "%", "rd-spending-growth");
        addTarget(editor, goals, "研发经费投入年均增长(高目标)", "YEARLY_GROWTH", "AT_LEAST", "15", "%", "rd-spending-growth");
        addTarget(editor, goals, "地区生产总值达到 2000 亿元", "LEVEL", "AT_LEAST", "2000", "亿元", "gdp");
        StaffClient.publish(editor, reviewer, plan);
        assertEquals(
                3, count(Http.getChinese(base, "/cities/" + city + "/targets").body(), "progress-no_data"));

        String later = editor.createReport(city, 2023, "2023 年政府工作报告");
        long year2022 = editor.addSection(later, "ANNUAL_REVIEW", "经济");
        editor.addFigure(
                year2022,
                Map.of(
                        "label",
                        "研发经费投入增长",
                        "value",
                        "12",
                        "unit",
                        "%",
                        "direction",
                        "UP",
                        "qualifier",
                        "EXACT",
                        "indicator",
                        "rd-spending-growth",
                        "sourceSentence",
                        "研发经费投入增长 12%。"));
        editor.addFigure(
                year2022,
                Map.of(
                        "label",
                        "地区生产总值",
                        "value",
                        "1250",
                        "unit",
                        "亿元",
                        "qualifier",
                        "EXACT",
                        "indicator",
                        "gdp",
                        "sourceSentence",
                        "地区生产总值 1250 亿元。"));
        StaffClient.publish(editor, reviewer, later);

        String page = Http.getChinese(base, "/cities/" + city + "/targets").body();
        List<String> states = states(page);
        // the 2023 report's own targets come first: it has none
        assertEquals(List.of("按进度推进", "落后于进度", "按进度推进"), states, page);
        assertTrue(page.contains("2022–2022 年每年均 ≥ 10 %(最近一年 12 %)"), "the rule with its numbers");
        assertTrue(page.contains("2022 年为 12 %,未达到 ≥ 15"), page);
        assertTrue(page.contains("此时应为 1200。"), "even path from 1000 to 2000 over five years: 1200 after one");
        assertEquals(
                states,
                states(Http.getChinese(base, "/cities/" + city + "/2022").body()),
                "the earlier report's page shows the same progress");
    }

    @Test
    void theLanguageSwitchKeepsTheReadersChoiceAndReturnsToThePage() {
        HttpResponse<String> chosen = Http.get(
                base, "/language?to=en", "Referer", base.toString().replaceAll("/$", "") + "/compare?indicator=gdp");
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.headers().firstValue("Location").orElse("").endsWith("/compare?indicator=gdp"));
        String cookie = chosen.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("lang=en"), cookie);

        HttpResponse<String> english =
                Http.get(base, "/compare?indicator=gdp&year=2021", "Cookie", "lang=en", "Accept-Language", "zh-CN");
        assertTrue(
                english.body().contains("<h1>Compare cities</h1>")
                        && english.body().contains(">Taiyuan</a>"),
                "the choice wins over the browser's language");
        HttpResponse<String> chinese = Http.get(base, "/compare?indicator=gdp&year=2021", "Accept-Language", "zh-CN");
        assertTrue(chinese.body().contains("<h1>城市对比</h1>"));
        assertTrue(
                !english.headers().firstValue("ETag").equals(chinese.headers().firstValue("ETag")),
                "each language its own tag");

        assertEquals(
                303,
                Http.get(base, "/language?to=zh", "Referer", "https://evil.example/x")
                        .statusCode());
        assertTrue(
                Http.get(base, "/language?to=zh", "Referer", "https://evil.example/x")
                        .headers()
                        .firstValue("Location")
                        .orElse("")
                        .matches("https?://[^/]+/"),
                "never back to another site");
        assertEquals(400, Http.get(base, "/language?to=fr").statusCode());
    }

    @Test
    void aRepeatedRequestGetsA304UntilAPublicationChangesIt() {
        HttpResponse<String> first = Http.getChinese(base, "/indicators/gdp");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                Http.get(base, "/indicators/gdp", "Accept-Language", "zh-CN", "If-None-Match", tag)
                        .statusCode());
        HttpResponse<String> api = Http.get(base, "/api/v1/compare?indicator=gdp");
        assertEquals(
                304,
                Http.get(
                                base,
                                "/api/v1/compare?indicator=gdp",
                                "If-None-Match",
                                api.headers().firstValue("ETag").orElseThrow())
                        .statusCode());
    }

    private static void addTarget(
            StaffClient editor,
            long section,
            String label,
            String kind,
            String comparator,
            String value,
            String unit,
            String indicator) {
        editor.get("/staff/targets/new?section=" + section);
        HttpResponse<String> added = editor.post(
                "/staff/targets?section=" + section,
                Map.of(
                        "label",
                        label,
                        "kind",
                        kind,
                        "comparator",
                        comparator,
                        "value",
                        value,
                        "unit",
                        unit,
                        "startYear",
                        "2022",
                        "endYear",
                        "2026",
                        "indicator",
                        indicator,
                        "sourceSentence",
                        label + "。"));
        assertEquals(303, added.statusCode(), added.body());
    }

    private static List<String> rowCities(String html) {
        Matcher m = Pattern.compile(
                        "<tr class=\"compare-row\">\\s*<td>\\d+</td>\\s*<th scope=\"row\"><a [^>]*>([^<]+)</a>")
                .matcher(html);
        List<String> cities = new java.util.ArrayList<>();
        while (m.find()) {
            cities.add(m.group(1));
        }
        return cities;
    }

    private static List<String> states(String html) {
        Matcher m = Pattern.compile("<strong class=\"progress-state\">([^<]+)</strong>")
                .matcher(html);
        List<String> states = new java.util.ArrayList<>();
        while (m.find()) {
            states.add(m.group(1));
        }
        return states;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
