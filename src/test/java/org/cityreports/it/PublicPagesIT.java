package org.cityreports.it;

import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPagesIT extends DeployedWar {

    @Test
    void eachSeedReportPageShowsEveryFigureWithItsSourceSentence() {
        for (SampleReport sample : SampleDataFiles.reports(SampleDataFiles.catalogue())) {
            HttpResponse<String> page = Http.getChinese(base, "/cities/" + sample.city + "/" + sample.year);
            assertEquals(200, page.statusCode(), sample.city);
            String html = page.body();
            List<String> missing = new ArrayList<>();
            int figures = 0;
            for (SampleReport.SectionEntry section : sample.sections) {
                for (SampleReport.FigureEntry f : section.figures) {
                    figures++;
                    String value = f.value.stripTrailingZeros().toPlainString();
                    if (!html.contains(">" + f.label + "<") || !html.contains(">" + value + "<")
                            || !html.contains(f.source)) {
                        missing.add(f.label + " " + value);
                    }
                }
                for (SampleReport.TargetEntry t : section.targets) {
                    if (!html.contains(">" + t.label + "<") || !html.contains(t.source)) {
                        missing.add("target " + t.label);
                    }
                }
            }
            assertEquals(List.of(), missing, sample.city + ": figures not shown");
            assertEquals(figures, count(html, "<tr class=\"figure\">"), sample.city + ": figure rows");
        }
    }

    @Test
    void theReportPageShowsHeadlineFiguresFirstAndThePlanTargetsApart() {
        String html = Http.getChinese(base, "/cities/taiyuan/2022").body();
        assertTrue(html.contains("<h1>太原 2022 年政府工作报告</h1>"), html);
        int headlines = html.indexOf("主要数据");
        int annual = html.indexOf("年度工作回顾");
        int fiveYear = html.indexOf("过去五年工作回顾");
        int plan = html.indexOf("今后工作目标任务");
        int targets = html.indexOf("id=\"targets\"");
        assertTrue(headlines > 0 && headlines < annual && annual < fiveYear && fiveYear < plan && plan < targets,
                "order of parts");
        assertTrue(html.contains("全国省会城市第 3 位"), "rank with its scope");
        assertTrue(html.contains("≥"), "target comparator");
    }

    @Test
    void everyFigureOfAReportDownloadsAsCsvThatExcelReadsAsUtf8() {
        String html = Http.getChinese(base, "/cities/taiyuan/2022").body();
        assertTrue(html.contains("href=\"/cities/taiyuan/2022/figures.csv\""), "the page links its CSV");
        HttpResponse<String> csv = Http.get(base, "/cities/taiyuan/2022/figures.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("taiyuan-2022-figures.csv"));
        assertEquals('\uFEFF', csv.body().charAt(0), "a byte-order mark, so that Excel reads UTF-8");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertEquals("part,section,label,value,unit,direction,change_value,change_unit,change_direction,"
                + "compared_with,qualifier,period_start,period_end,basis,rank,rank_scope,indicator,headline,"
                + "source_sentence", lines[0]);
        int figures = SampleDataFiles.reports(SampleDataFiles.catalogue()).stream()
                .filter(r -> r.city.equals("taiyuan")).flatMap(r -> r.sections.stream())
                .mapToInt(s -> s.figures.size()).sum();
        assertEquals(figures + 1, lines.length, "a header and a line per figure");
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains(",5121.61,亿元,")), "exact values with their units");
    }

    @Test
    void theHomePageListsBothCitiesWithTheirHeadlineFigures() {
        HttpResponse<String> home = Http.getChinese(base, "/");
        assertEquals(200, home.statusCode());
        String html = home.body();
        assertTrue(html.contains("href=\"/cities/taiyuan/2022\""));
        assertTrue(html.contains("href=\"/cities/changzhi/2022\""));
        assertTrue(html.contains(">5121.61<"), "Taiyuan GDP headline");
        assertTrue(html.contains(">2311<"), "Changzhi GDP headline");
    }

    @Test
    void aCityPageListsItsReports() {
        String html = Http.getChinese(base, "/cities/changzhi").body();
        assertTrue(html.contains("<h1>长治</h1>"));
        assertTrue(html.contains("href=\"/cities/changzhi/2022\""));
    }

    @Test
    void pagesSpeakEnglishWhenTheBrowserAsksForIt() {
        String html = Http.get(base, "/cities/taiyuan/2022", "Accept-Language", "en-GB,en;q=0.8").body();
        assertTrue(html.contains("<h1>Taiyuan government work report 2022</h1>"), html);
        assertTrue(html.contains("lang=\"en\""));
    }

    @Test
    void chineseIsTheDefaultWithoutAnAcceptLanguage() {
        String html = Http.get(base, "/cities/taiyuan/2022").body();
        assertTrue(html.contains("<h1>太原 2022 年政府工作报告</h1>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cities/shanghai", "/cities/shanghai/2022", "/cities/taiyuan/2030",
            "/cities/taiyuan/20x2", "/no/such/page", "/static/css/missing.css"})
    void unknownPlacesGiveOurNotFoundPageWithoutServerDetails(String path) {
        HttpResponse<String> response = Http.getChinese(base, path);
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("找不到该页面"), response.body());
        assertFalse(response.body().contains("Payara"), "server name leaked");
        assertFalse(response.body().contains("Exception"), "exception leaked");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
