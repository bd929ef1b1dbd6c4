package org.cityreports.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markup typed into any text field comes back as text on every page that shows it, never as
 * markup: a script tag and an attribute break-out, stored through the real forms.
 */
class OutputEncodingIT extends DeployedWar {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(2)>";
    private static final String HOSTILE = SCRIPT + BREAKOUT;
    private static final String FORMULA = "=HYPERLINK(\"http://example.org/\",\"x\")";

    @Test
    void markupInEveryTextFieldIsEscapedOnEveryPage() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = "xss-" + run;
        admin.get("/staff/cities");
        assertEquals(
                303,
                admin.post(
                                "/staff/cities",
                                Map.of(
                                        "slug",
                                        city,
                                        "nameZh",
                                        "市" + SCRIPT,
                                        "nameEn",
                                        "City" + BREAKOUT,
                                        "province",
                                        "省" + SCRIPT))
                        .statusCode());
        String editorName = "xss-e-" + run;
        StaffClient editor =
                new StaffClient(base).signInFirstTime(editorName, admin.createAccount(editorName, "editor", city));
        String reviewerName = "xss-r-" + run;
        StaffClient reviewer =
                new StaffClient(base).signInFirstTime(reviewerName, admin.createAccount(reviewerName, "reviewer"));

        String report = editor.createReport(city, 2024, "报告" + HOSTILE);
        long section = editor.addSection(report, "ANNUAL_REVIEW", "章节" + HOSTILE);
        Map<String, String> figure = new HashMap<>(Map.of(
                "label",
                "指标" + HOSTILE,
                "value",
                "1",
                "unit",
                "亿元",
                "qualifier",
                "EXACT",
                "comparedWith",
                "比" + SCRIPT,
                "rankPosition",
                "1",
                "rankScope",
                "范围" + SCRIPT,
                "sourceSentence",
                "原句" + HOSTILE,
                "headline",
                "true"));
        long figureId = editor.addFigure(section, figure);
        editor.addFigure(
                section,
                Map.of(
                        "label",
                        FORMULA,
                        "value",
                        "2",
                        "unit",
                        "亿元",
                        "qualifier",
                        "EXACT",
                        "comparedWith",
                        "+比上年",
                        "rankPosition",
                        "2",
                        "rankScope",
                        "@全省",
                        "sourceSentence",
                        "-原句 2 亿元"));
        long plan = editor.addSection(report, "PLAN", "目标" + HOSTILE);
        editor.get("/staff/targets/new?section=" + plan);
        assertEquals(
                303,
                editor.post(
                                "/staff/targets?section=" + plan,
                                Map.of(
                                        "label",
                                        "目标" + HOSTILE,
                                        "kind",
                                        "LEVEL",
                                        "comparator",
                                        "AT_LEAST",
                                        "value",
                                        "1",
                                        "unit",
                                        "亿元",
                                        "sourceSentence",
                                        "目标原句" + HOSTILE))
                        .statusCode());
        editor.get(report);
        editor.post(report + "/submit", Map.of());
        reviewer.get(report);
        assertEquals(
                303,
                reviewer.post(report + "/send-back", Map.of("comment", "意见" + HOSTILE))
                        .statusCode());
        editor.get(report);
        editor.post(report + "/submit", Map.of());
        reviewer.get(report);
        assertEquals(303, reviewer.post(report + "/publish", Map.of()).statusCode());

        List<String> unescaped = new ArrayList<>();
        Map<String, HttpResponse<String>> pages = new HashMap<>();
        for (String path : List.of("/", "/cities/" + city, "/cities/" + city + "/2024")) {
            pages.put(path, Http.getChinese(base, path));
        }
        for (String path : List.of(report, report + "/history", "/staff/figures/" + figureId, "/staff")) {
            pages.put(path, editor.get(path));
        }
        pages.put("/staff/accounts/" + editorName, admin.get("/staff/accounts/" + editorName));
        pages.put("/staff/cities", admin.get("/staff/cities"));
        pages.forEach((path, response) -> {
            String body = response.body();
            if (response.statusCode() != 200) {
                unescaped.add(path + ": status " + response.statusCode());
            }
            if (body.contains("<script>alert") || body.contains("<img src=x")) {
                unescaped.add(path);
            }
            if (!body.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
                unescaped.add(path + ": the text itself is missing");
            }
        });
        assertEquals(List.of(), unescaped);

        String json = Http.get(base, "/api/v1/cities/" + city + "/reports/2024").body();
        assertTrue(
                json.contains("指标<script>alert(1)</script>") || json.contains("指标\\u003cscript"),
                "JSON keeps the text as text");
        HttpResponse<String> api = Http.get(base, "/api/v1/cities/" + city + "/reports/2024");
        assertTrue(
                api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "never served as HTML");

        assertCsvRunsNoFormula(Http.get(base, "/cities/" + city + "/2024/figures.csv"));
    }

    /** The text as typed, but no cell a spreadsheet would run: = + - @ get a leading apostrophe. */
    private static void assertCsvRunsNoFormula(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.RFC4180
                    .parse(new StringReader(csv.body().substring(1)))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cells = rows.stream().flatMap(r -> r.toList().stream()).toList();
        assertEquals(
                List.of(),
                cells.stream()
                        .filter(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0)
                        .toList());
        assertTrue(cells.containsAll(List.of("'" + FORMULA, "'+比上年", "'@全省", "'-原句 2 亿元")), cells.toString());
        assertTrue(cells.contains("指标" + HOSTILE), "markup is plain text in CSV, kept as typed");
    }
}
