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
                    if (!html.contains(">" + f.label + "<")
                            || !html.contains(">" + value + "<")
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
            assertEquals(figures, count(html, "<tr class=\"figure\" id=\"figure-"), sample.city + ": figure rows");
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
        assertTrue(
                headlines > 0 && headlines < annual && annual < fiveYear && fiveYear < plan && plan < targets,
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
        assertEquals(
                "text/csv;charset=UTF-8",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("taiyuan-2022-figures.csv"));
        assertEquals('\uFEFF', csv.body().charAt(0), "a byte-order mark, so that Excel reads UTF-8");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertEquals(
                "part,section,label,value,unit,direction,change_value,change_unit,change_direction,"
                        + "compared_with,qualifier,period_start,period_end,basis,rank,rank_scope,indicator,headline,"
                        + "source_sentence,source_page",
                lines[0]);
        int figures = SampleDataFiles.reports(SampleDataFiles.catalogue()).stream()
                .filter(r -> r.city.equals("taiyuan"))
                .flatMap(r -> r.sections.stream())
                .mapToInt(s -> s.figures.size())
                .sum();
        assertEquals(figures + 1, lines.length, "a header and a line per figure");
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains(",5121.61,亿元,")), "exact values with their units");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/cities/taiyuan/2022",
                "/api/v1/cities/taiyuan/reports/2022",
                "/cities/taiyuan/2022/figures.csv",
                "/"
            })
    void aRepeatRequestIsAnswered304AndProxiesMayKeepTheResponse(String path) {
        HttpResponse<String> first = Http.getChinese(base, path);
        String tag = first.headers().firstValue("ETag").orElse("");
        assertTrue(tag.matches("W/\"[a-z-]+-[\\d.]+-\\w+\""), path + ": " + tag);
        assertEquals(
                "public, no-cache", first.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> again = Http.get(base, path, "Accept-Language", "zh-CN", "If-None-Match", tag);
        assertEquals(304, again.statusCode(), path);
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void eachLanguageHasItsOwnTagAndSignedInStaffAreNeverCached() {
        HttpResponse<String> zh = Http.getChinese(base, "/cities/taiyuan/2022");
        HttpResponse<String> en = Http.get(base, "/cities/taiyuan/2022", "Accept-Language", "en");
        assertFalse(zh.headers()
                .firstValue("ETag")
                .orElseThrow()
                .equals(en.headers().firstValue("ETag").orElseThrow()));
        assertTrue(
                zh.headers().allValues("Vary").toString().contains("Accept-Language"),
                zh.headers().map().toString());
        assertEquals(
                200,
                Http.get(
                                base,
                                "/cities/taiyuan/2022",
                                "Accept-Language",
                                "en",
                                "If-None-Match",
                                zh.headers().firstValue("ETag").orElseThrow())
                        .statusCode());

        StaffClient admin = new StaffClient(base).signInAsAdmin();
        HttpResponse<String> staff = admin.get("/cities/taiyuan/2022");
        assertEquals(
                "private, no-store", staff.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(staff.headers().firstValue("ETag").isPresent(), "a page with the staff menu and token");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/cities/taiyuan/2022",
                "/api/v1/cities/taiyuan/reports/2022",
                "/",
                "/cities/taiyuan/2022/figures.csv"
            })
    void responsesAreGzippedForClientsThatAcceptIt(String path) throws Exception {
        HttpResponse<byte[]> zipped = Http.getBytes(base, path, "Accept-Encoding", "gzip", "Accept-Language", "zh-CN");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
        String plain = Http.getChinese(base, path).body();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(
                zipped.body().length * 2 < plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                path + " at least halves");
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
        String html = Http.get(base, "/cities/taiyuan/2022", "Accept-Language", "en-GB,en;q=0.8")
                .body();
        assertTrue(html.contains("<h1>Taiyuan government work report 2022</h1>"), html);
        assertTrue(html.contains("lang=\"en\""));
    }

    @Test
    void chineseIsTheDefaultWithoutAnAcceptLanguage() {
        String html = Http.get(base, "/cities/taiyuan/2022").body();
        assertTrue(html.contains("<h1>太原 2022 年政府工作报告</h1>"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/cities/shanghai",
                "/cities/shanghai/2022",
                "/cities/taiyuan/2030",
                "/cities/taiyuan/20x2",
                "/no/such/page",
                "/static/css/missing.css"
            })
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
