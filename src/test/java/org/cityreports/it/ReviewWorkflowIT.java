package org.cityreports.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report's way to the public: submitted by its editor, sent back or published by a reviewer,
 * and changed after publication in a new revision that the public sees only once it is published.
 */
class ReviewWorkflowIT extends DeployedWar {

    private StaffClient editor;
    private StaffClient reviewer;
    private String city;
    private String report;
    private long section;
    private long figure;
    private String reviewerName;

    @BeforeEach
    void draftWithAFigure() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        city = admin.createCity("rw-" + run);
        editor = new StaffClient(base)
                .signInFirstTime("rw-e-" + run, admin.createAccount("rw-e-" + run, "editor", city));
        reviewerName = "rw-r-" + run;
        reviewer = new StaffClient(base).signInFirstTime(reviewerName, admin.createAccount(reviewerName, "reviewer"));
        report = editor.createReport(city, 2024, "2024 年政府工作报告");
        section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行");
        figure = editor.addFigure(
                section,
                Map.of(
                        "label",
                        "地区生产总值",
                        "value",
                        "5121.61",
                        "unit",
                        "亿元",
                        "qualifier",
                        "EXACT",
                        "sourceSentence",
                        "全市地区生产总值实现 5121.61 亿元。"));
    }

    @Test
    void aReviewerSendsBackWithACommentThenPublishesAndThePublicReadsIt() {
        String publicPage = "/cities/" + city + "/2024";
        reviewer.get(report);
        assertEquals(403, reviewer.post(report + "/submit", Map.of()).statusCode(), "reviewers do not submit");
        assertEquals(409, reviewer.post(report + "/publish", Map.of()).statusCode(), "a draft is not published");

        editor.get(report);
        assertEquals(303, editor.post(report + "/submit", Map.of()).statusCode());
        assertTrue(editor.get(report).body().contains("待审核"));
        assertEquals(409, editor.get("/staff/figures/" + figure + "/delete").statusCode(), "locked in review");
        assertEquals(403, editor.post(report + "/publish", Map.of()).statusCode(), "editors do not publish");

        reviewer.get(report);
        HttpResponse<String> noComment = reviewer.post(report + "/send-back", Map.of("comment", " "));
        assertEquals(400, noComment.statusCode());
        assertTrue(noComment.body().contains("退回时请写明需要修改的地方"), noComment.body());
        assertEquals(
                303,
                reviewer.post(report + "/send-back", Map.of("comment", "请核对地区生产总值"))
                        .statusCode());

        String sentBack = editor.get(report).body();
        assertTrue(sentBack.contains("草稿"));
        assertTrue(sentBack.contains("请核对地区生产总值"), "the editor reads the comment");
        assertEquals(404, Http.getChinese(base, publicPage).statusCode(), "not public yet");

        assertEquals(303, editor.post(report + "/submit", Map.of()).statusCode());
        reviewer.get(report);
        assertEquals(303, reviewer.post(report + "/publish", Map.of()).statusCode());

        String page = Http.getChinese(base, publicPage).body();
        assertTrue(page.contains("5121.61"), page);
        assertTrue(
                editor.get("/staff").body().contains(" UTC · " + reviewerName),
                "the staff home says who changed it last");
        String history = reviewer.get(report + "/history").body();
        assertTrue(history.contains("IN_REVIEW") && history.contains("PUBLISHED"), history);
        assertTrue(history.contains("请核对地区生产总值"));
    }

    @Test
    void changingAPublishedReportStartsARevisionThePublicSeesOnlyWhenPublished() {
        editor.get(report);
        editor.post(report + "/submit", Map.of());
        reviewer.get(report);
        assertEquals(303, reviewer.post(report + "/publish", Map.of()).statusCode());
        assertEquals(409, editor.get("/staff/figures/" + figure + "/delete").statusCode(), "published: locked");

        editor.get(report);
        HttpResponse<String> revised = editor.post(report + "/revise", Map.of());
        assertEquals(303, revised.statusCode());
        String draft = StaffClient.location(revised);
        assertFalse(draft.equals(report), "a new revision");
        assertEquals(draft, StaffClient.location(editor.post(report + "/revise", Map.of())), "one open revision");
        String draftPage = editor.get(draft).body();
        assertTrue(draftPage.contains("5121.61"), "the revision starts as a copy");

        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/staff/figures/(\\d+)\"").matcher(draftPage);
        assertTrue(m.find());
        String copy = "/staff/figures/" + m.group(1);
        HttpResponse<String> form = editor.get(copy);
        assertEquals(
                303,
                editor.post(
                                copy,
                                Map.of(
                                        "label",
                                        "地区生产总值",
                                        "value",
                                        "5133.4",
                                        "unit",
                                        "亿元",
                                        "qualifier",
                                        "EXACT",
                                        "sourceSentence",
                                        "全市地区生产总值实现 5133.4 亿元。",
                                        "version",
                                        StaffClient.version(form)))
                        .statusCode());

        String publicPage = "/cities/" + city + "/2024";
        assertTrue(Http.getChinese(base, publicPage).body().contains("5121.61"), "the public keeps the published one");
        assertFalse(Http.getChinese(base, publicPage).body().contains("5133.4"));
        String cachedTag =
                Http.getChinese(base, publicPage).headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                Http.get(base, publicPage, "Accept-Language", "zh-CN", "If-None-Match", cachedTag)
                        .statusCode(),
                "a cache's copy stays valid while the revision is a draft");

        editor.get(draft);
        editor.post(draft + "/submit", Map.of());
        reviewer.get(draft);
        HttpResponse<String> noReason = reviewer.post(draft + "/publish", Map.of("reason", " "));
        assertEquals(400, noReason.statusCode(), "a correction is published with its reason");
        assertTrue(noReason.body().contains("发布修订版时请写明修订说明。"), noReason.body());
        assertEquals(
                303,
                reviewer.post(draft + "/publish", Map.of("reason", "依据统计公报更正地区生产总值。"))
                        .statusCode());

        HttpResponse<String> revalidated =
                Http.get(base, publicPage, "Accept-Language", "zh-CN", "If-None-Match", cachedTag);
        assertEquals(200, revalidated.statusCode(), "publishing invalidates what caches hold");
        assertTrue(revalidated.body().contains("5133.4"));
        String page = Http.getChinese(base, publicPage).body();
        assertTrue(page.contains("5133.4"), page);
        String figures = page.substring(0, page.indexOf("id=\"corrections\""));
        assertFalse(figures.contains("5121.61"), "the old value is gone from the figures");
        String corrections = page.substring(page.indexOf("id=\"corrections\""));
        assertTrue(corrections.contains("第 2 版"), corrections);
        assertTrue(corrections.contains("依据统计公报更正地区生产总值。"), "the reviewer's reason is public");
        assertTrue(
                corrections.matches("(?s).*地区生产总值</span>:\\s*<del>5121.61 亿元</del> → <ins>5133.4 亿元</ins>.*"),
                "old → new: " + corrections);
        assertTrue(page.contains("本报告发布后修订过 1 次"), "a note at the top leads to them");

        String before = Http.getChinese(base, publicPage + "/revisions/1").body();
        assertTrue(before.contains("这是本报告的第 1 版,发布后已被修订。"), "the first revision stays readable");
        assertTrue(before.contains("5121.61") && !before.contains("5133.4"), before);
        assertFalse(before.contains("<script type=\"application/ld+json\">"), "a replaced revision is no dataset");
        assertTrue(page.contains("<script type=\"application/ld+json\">"), "the current one is");
        assertEquals(404, Http.getChinese(base, publicPage + "/revisions/3").statusCode());

        assertTrue(editor.get(report).body().contains("已被新修订版取代"), "the old revision is superseded");
        String json = Http.getChinese(base, "/api/v1/cities/" + city + "/reports/2024")
                .body();
        assertTrue(json.contains("5133.4"));
        assertTrue(
                json.contains("\"corrections\":[{\"changes\":[{\"after\":\"5133.4 亿元\",\"before\":\"5121.61 亿元\","
                        + "\"label\":\"地区生产总值\"}]"),
                json);
        assertTrue(json.contains("\"reason\":\"依据统计公报更正地区生产总值。\""), json);
        String csv = Http.getChinese(base, publicPage + "/corrections.csv").body();
        assertTrue(csv.contains(",依据统计公报更正地区生产总值。,地区生产总值,5121.61 亿元,5133.4 亿元"), csv);
    }
}
