package org.cityreports.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks across figures as staff meet them: a warning after the save, on the draft, in the
 * admins' list and its CSV; publishing waits until the reviewer accepts it with a reason, which the
 * history, the public page and the API then carry.
 */
class FigureChecksIT extends DeployedWar {

    private static final String TWO_VALUES = "本报告中同一数据有两个不同的值:此处为 512.161 亿元,“地区生产总值”处为 5121.61 亿元。";

    private StaffClient admin;
    private StaffClient editor;
    private StaffClient reviewer;
    private String city;
    private String run;

    @BeforeEach
    void staff() {
        admin = new StaffClient(base).signInAsAdmin();
        run = UUID.randomUUID().toString().substring(0, 6);
        city = admin.createCity("fc-" + run);
        editor = new StaffClient(base)
                .signInFirstTime("fc-e-" + run, admin.createAccount("fc-e-" + run, "editor", city));
        reviewer = new StaffClient(base).signInFirstTime("fc-r-" + run, admin.createAccount("fc-r-" + run, "reviewer"));
    }

    @Test
    void aWarningFollowsTheFigureUntilAReviewerAcceptsItWithAReasonThatThePublicThenReads() {
        String report = editor.createReport(city, 2024, "2024 年政府工作报告");
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行");
        long first = editor.addFigure(section, gdp("5121.61"));
        assertEquals(
                "/staff/reports/" + report.replaceAll("\\D", "") + "#section-" + section,
                saveAndFollow(section, gdp("5121.6")),
                "the same value rounded is no warning: back to the report");

        String location = saveAndFollow(section, gdp("512.161"));
        assertTrue(location.matches("/staff/figures/\\d+\\?saved#checks"), location);
        long slipped = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        String figurePage = editor.get(location.replace("#checks", "")).body();
        assertTrue(
                figurePage.contains(TWO_VALUES) && figurePage.contains("已保存。数据检查对这个数据有下面的提醒"),
                "saved, with the warning");
        String draft = editor.get(report).body();
        assertTrue(draft.contains(TWO_VALUES), "the draft lists it");
        assertTrue(draft.contains("/staff/figures/" + first + "\""), "with a link to the other figure");

        int page = pageListing(slipped);
        String list = admin.get("/staff/checks?page=" + page).body();
        assertTrue(list.contains(TWO_VALUES), "the admins' list");
        String csv = admin.get("/staff/checks/csv?page=" + page).body();
        long rows = csv.lines().filter(l -> l.startsWith(city + ",")).count();
        assertEquals(1, rows, csv);
        assertTrue(csv.contains(city + ",2024,1,DRAFT," + slipped + ",地区生产总值,512.161,亿元,TWO_VALUES,"), csv);
        long listed = Pattern.compile("<tr>\\s*<td><a href=\"/staff/reports/")
                .matcher(list)
                .results()
                .count();
        assertEquals(csv.lines().count() - 1, listed, "the page and its CSV list the same warnings");
        assertEquals(403, editor.get("/staff/checks").statusCode(), "admins only");

        editor.get(report);
        assertEquals(303, editor.post(report + "/submit", Map.of()).statusCode());
        String review = reviewer.get(report).body();
        assertFalse(review.contains(report + "/publish"), "no publish button while a warning is open");
        assertTrue(review.contains("有 1 条数据检查提醒未处理"), review);
        assertEquals(409, reviewer.post(report + "/publish", Map.of()).statusCode(), "nor a way round it");

        Matcher fingerprint =
                Pattern.compile("name=\"fingerprint\" value=\"([^\"]+)\"").matcher(review);
        assertTrue(fingerprint.find(), "the reviewer is offered to accept it");
        Map<String, String> accept = new HashMap<>(Map.of(
                "figure",
                String.valueOf(slipped),
                "rule",
                "TWO_VALUES",
                "fingerprint",
                fingerprint
                        .group(1)
                        .replace("&#39;", "'")
                        .replace("&quot;", "\"")
                        .replace("&amp;", "&"),
                "reason",
                "  "));
        HttpResponse<String> noReason = reviewer.post(report + "/checks", accept);
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("请写明接受此提醒的理由"), "the message is next to the reason");
        assertEquals(403, editor.post(report + "/checks", accept).statusCode(), "editors do not accept warnings");

        String reason = "统计公报修订前后的两个数,原文如此" + run;
        accept.put("reason", reason);
        reviewer.get(report);
        assertEquals(303, reviewer.post(report + "/checks", accept).statusCode());
        assertTrue(reviewer.get(report).body().contains("已接受:" + reason), "shown as accepted");
        assertEquals(409, reviewer.post(report + "/checks", accept).statusCode(), "accepted once");
        assertEquals(303, reviewer.post(report + "/publish", Map.of()).statusCode());

        assertTrue(reviewer.get(report + "/history").body().contains(reason), "the reason is in the history");
        assertTrue(Http.getChinese(base, "/cities/" + city + "/2024").body().contains("审核说明:" + reason));
        String json = Http.get(base, "/api/v1/cities/" + city + "/reports/2024").body();
        assertEquals(1, json.split("\"acceptedWarnings\"", -1).length - 1, "on the one figure: " + json);
        assertTrue(json.contains("\"reason\":\"" + reason + "\"") && json.contains("\"rule\":\"TWO_VALUES\""), json);
    }

    @Test
    void aFigureOutsideTheCataloguesRangeIsFlaggedAndAnInvertedRangeIsRefused() {
        String code = "fc-rate-" + run;
        admin.get("/staff/indicators");
        Map<String, String> indicator = new HashMap<>(Map.of(
                "code", code,
                "nameZh", "增速" + run,
                "nameEn", "Growth " + run,
                "unit", "%",
                "kind", "GROWTH_RATE",
                "plausibleMin", "30",
                "plausibleMax", "20"));
        HttpResponse<String> inverted = admin.post("/staff/indicators", indicator);
        assertEquals(400, inverted.statusCode());
        assertTrue(inverted.body().contains("最小值不能大于最大值。"));
        indicator.put("plausibleMin", "-10");
        assertEquals(303, admin.post("/staff/indicators", indicator).statusCode());
        assertTrue(admin.get("/staff/indicators/" + code).body().contains("value=\"20\""), "the range is kept");

        String report = editor.createReport(city, 2025, "2025 年政府工作报告");
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行");
        Map<String, String> growth = new HashMap<>(Map.of(
                "label", "工业增加值增速",
                "value", "25",
                "unit", "%",
                "direction", "UP",
                "qualifier", "EXACT",
                "indicator", code,
                "sourceSentence", "规上工业增加值增长 25%。"));
        String location = saveAndFollow(section, growth);
        assertTrue(location.contains("?saved#checks"), location);
        assertTrue(editor.get(location.replace("#checks", "")).body().contains("该值 25 % 不在指标目录给出的合理范围(-10 至 20)内。"));
    }

    @Test
    void importedRowsPassTheSameChecks() {
        String report = editor.createReport(city, 2026, "2026 年政府工作报告");
        String csv = "part,section,label,value,unit,qualifier,source_sentence\r\n"
                + "ANNUAL_REVIEW,经济,地区生产总值,5121.61,亿元,EXACT,全市地区生产总值实现 5121.61 亿元。\r\n"
                + "ANNUAL_REVIEW,经济,地区生产总值,512.161,亿元,EXACT,全市地区生产总值实现 512.161 亿元。\r\n";
        editor.get(report + "/import");
        HttpResponse<String> imported =
                editor.upload(report + "/import", "file", "figures.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, imported.statusCode(), imported.body());
        String done = editor.get(StaffClient.location(imported)).body();
        assertTrue(done.contains("已保存 2 个数据") && done.contains(TWO_VALUES), done);
    }

    /** The page of the admins' list that shows the figure (drafts of other tests may come first). */
    private int pageListing(long figure) {
        for (int page = 1; page < 40; page++) {
            String body = admin.get("/staff/checks?page=" + page).body();
            if (body.contains("/staff/figures/" + figure + "\"")) {
                return page;
            }
            assertTrue(body.contains("下一页"), "listed on no page");
        }
        throw new AssertionError("listed on no page");
    }

    /** Adds a figure and answers where the save leads. */
    private String saveAndFollow(long section, Map<String, String> fields) {
        editor.get("/staff/figures/new?section=" + section);
        HttpResponse<String> saved = editor.post("/staff/figures?section=" + section, fields);
        assertEquals(303, saved.statusCode(), saved.body());
        return StaffClient.location(saved);
    }

    private static Map<String, String> gdp(String value) {
        return Map.of(
                "label", "地区生产总值",
                "value", value,
                "unit", "亿元",
                "qualifier", "EXACT",
                "sourceSentence", "全市地区生产总值实现 " + value + " 亿元。");
    }
}
