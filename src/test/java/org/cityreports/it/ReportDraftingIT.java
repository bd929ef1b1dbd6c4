package org.cityreports.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors create and describe draft reports of their own cities only; a save over another's is refused. */
class ReportDraftingIT extends DeployedWar {

    private StaffClient admin;
    /** An editor of a city that this test alone uses. */
    private StaffClient editor;

    private StaffClient changzhiEditor;
    private String city;
    private final int year = 2023;

    @BeforeEach
    void staff() {
        admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        city = admin.createCity("c-" + run);
        editor = new StaffClient(base)
                .signInFirstTime("ty-d-" + run, admin.createAccount("ty-d-" + run, "editor", city));
        changzhiEditor = new StaffClient(base)
                .signInFirstTime("cz-d-" + run, admin.createAccount("cz-d-" + run, "editor", "changzhi"));
    }

    @Test
    void anEditorCreatesADraftAfterCorrectingTheFormAndThePublicDoesNotSeeIt() {
        editor.get("/staff/reports/new");
        HttpResponse<String> refused =
                editor.post("/staff/reports", Map.of("city", city, "year", "19x", "documentKind", "", "title", ""));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("年份必须是 1949 到 2100 之间的四位数字"), refused.body());
        assertEquals(1, refused.body().split("请选择文件类型", -1).length - 1, "said once, though two constraints say it");
        assertTrue(refused.body().contains("请填写标题"));
        assertTrue(refused.body().contains("value=\"19x\""), "what was typed is kept");

        HttpResponse<String> outOfRange = editor.post(
                "/staff/reports",
                Map.of("city", city, "year", "1900", "documentKind", "FULL_TEXT", "title", "1900 年报告"));
        assertEquals(400, outOfRange.statusCode());

        String location = create(editor, city, year + " 年政府工作报告");
        String page = editor.get(location).body();
        assertTrue(page.contains("草稿"), page);
        assertTrue(editor.get("/staff").body().contains(year + " 年政府工作报告"));
        assertEquals(404, Http.getChinese(base, "/cities/" + city + "/" + year).statusCode(), "drafts are not public");
    }

    @Test
    void aSecondReportOfTheSameCityAndYearIsRefused() {
        create(editor, city, "第一份");
        editor.get("/staff/reports/new");
        HttpResponse<String> again = editor.post(
                "/staff/reports",
                Map.of("city", city, "year", String.valueOf(year), "documentKind", "SUMMARY", "title", "第二份"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("该城市这一年的报告已经存在"));
    }

    @Test
    void anEditorOfAnotherCityCanNeitherOpenNorChangeNorCreateIt() {
        String location = create(editor, city, "别市的报告");
        assertEquals(403, changzhiEditor.get(location).statusCode());
        assertEquals(403, changzhiEditor.get(location + "/edit").statusCode());
        changzhiEditor.get("/staff/reports/new");
        assertEquals(
                403,
                changzhiEditor
                        .post(
                                location,
                                Map.of(
                                        "year",
                                        String.valueOf(year),
                                        "documentKind",
                                        "SUMMARY",
                                        "title",
                                        "改掉",
                                        "version",
                                        "1"))
                        .statusCode());
        assertEquals(
                403,
                changzhiEditor
                        .post(
                                "/staff/reports",
                                Map.of(
                                        "city",
                                        city,
                                        "year",
                                        String.valueOf(year + 1),
                                        "documentKind",
                                        "SUMMARY",
                                        "title",
                                        "冒名"))
                        .statusCode());
        assertFalse(editor.get(location).body().contains("改掉"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedShowingBothValues() {
        String location = create(editor, city, "原标题");
        String version = StaffClient.version(editor.get(location + "/edit"));
        assertEquals(version, StaffClient.version(admin.get(location + "/edit")), "both start from the same version");
        Map<String, String> first =
                Map.of("year", String.valueOf(year), "documentKind", "FULL_TEXT", "title", "编辑的标题", "version", version);
        assertEquals(303, editor.post(location, first).statusCode());

        HttpResponse<String> second = admin.post(
                location,
                Map.of(
                        "year",
                        String.valueOf(year),
                        "documentKind",
                        "FULL_TEXT",
                        "title",
                        "管理员的标题",
                        "version",
                        version));
        assertEquals(409, second.statusCode());
        String newer = StaffClient.version(second);
        assertTrue(second.body().contains("<q>编辑的标题</q>"), second.body());
        assertTrue(second.body().contains("<q>管理员的标题</q>"));
        assertTrue(editor.get(location).body().contains("编辑的标题"), "nothing overwritten silently");

        // the refused form now carries the newer version: saving again overwrites knowingly
        HttpResponse<String> knowingly = admin.post(
                location,
                Map.of("year", String.valueOf(year), "documentKind", "FULL_TEXT", "title", "管理员的标题", "version", newer));
        assertEquals(303, knowingly.statusCode());
        assertTrue(admin.get(location).body().contains("管理员的标题"));
    }

    private String create(StaffClient editor, String city, String title) {
        return editor.createReport(city, year, title);
    }
}
