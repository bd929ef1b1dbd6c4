package org.cityreports.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editors fill a draft with sections, figures and targets through the forms: bad input is
 * refused field by field and stores nothing, two saves of one figure never overwrite each other
 * silently, and every change shows in the history.
 */
class ReportContentIT extends DeployedWar {

    private StaffClient editor;
    private StaffClient otherEditor;
    private String report;

    @BeforeEach
    void draft() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = admin.createCity("rc-" + run);
        editor = new StaffClient(base)
                .signInFirstTime("rc-e-" + run, admin.createAccount("rc-e-" + run, "editor", city));
        otherEditor = new StaffClient(base)
                .signInFirstTime("rc-o-" + run, admin.createAccount("rc-o-" + run, "editor", city));
        report = editor.createReport(city, 2024, "2024 年政府工作报告");
    }

    @Test
    void everyBadFieldOfAFigureGetsItsMessageAndNothingIsStored() {
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行稳中有进");
        editor.get("/staff/figures/new?section=" + section);
        HttpResponse<String> refused = editor.post(
                "/staff/figures?section=" + section,
                Map.of(
                        "label",
                        "",
                        "value",
                        "5121,61",
                        "unit",
                        "亿元",
                        "qualifier",
                        "EXACT",
                        "sourceSentence",
                        "",
                        "periodStart",
                        "1900",
                        "rankPosition",
                        "x"));
        assertEquals(400, refused.statusCode());
        String page = refused.body();
        assertTrue(page.contains("请填写指标名称"), page);
        assertTrue(page.contains("请输入数字,如 5121.61"), page);
        assertTrue(page.contains("请粘贴报告中陈述此数据的原句"));
        assertTrue(page.contains("年份须为 1949 到 2100 之间的四位数字"));
        assertTrue(page.contains("名次须为 1 到 9999 之间的整数"));
        assertTrue(page.contains("value=\"5121,61\""), "what was typed is kept");
        assertTrue(page.contains("aria-describedby=\"value-errors\""), "the message is tied to its field");

        assertRefused(section, figure("常住人口", "-3", "万人"), "数值不能为负");
        assertRefused(section, figure("森林覆盖率", "130", "%"), "百分比数值(占比)不能超过 100%");
        assertRefused(section, figure("新增就业", "2.5", "人"), "须为整数");
        assertRefused(section, figure("地区生产总值", "5121.61", "亿圆"), "单位表中没有这个单位");
        Map<String, String> fall = figure("单位能耗", "110", "%");
        fall.put("direction", "DOWN");
        assertRefused(section, fall, "下降幅度不能超过 100%");
        Map<String, String> change = figure("地区生产总值", "5121.61", "亿元");
        change.put("changeValue", "9.2");
        assertRefused(section, change, "请选择变化的方向");
        Map<String, String> period = figure("地区生产总值", "5121.61", "亿元");
        period.put("periodStart", "2023");
        period.put("periodEnd", "2019");
        assertRefused(section, period, "时期的起始年份不能晚于结束年份");

        Map<String, String> unknownChoice = figure("地区生产总值", "5121.61", "亿元");
        unknownChoice.put("qualifier", "SOMETIMES");
        assertRefused(section, unknownChoice, "请选择限定词");
        assertRefused(section, figure("长".repeat(201), "1", "亿元"), "指标名称不能超过 200 个字符");
        assertRefused(section, figure("地区生产总值", "1e400", "亿元"), "请输入数字,如 5121.61");

        assertTrue(editor.get(report).body().contains("0 个数据"), "nothing stored");
    }

    @Test
    void figuresAreEnteredOneAfterAnotherWithTheSentenceCarriedOver() {
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行稳中有进");
        Map<String, String> gdp = figure("地区生产总值", "5121.61", "亿元");
        gdp.put("changeValue", "9.2");
        gdp.put("changeUnit", "%");
        gdp.put("changeDirection", "UP");
        gdp.put("rankPosition", "3");
        gdp.put("rankScope", "全国省会城市");
        gdp.put("headline", "true");
        gdp.put("then", "another");
        editor.get("/staff/figures/new?section=" + section);
        HttpResponse<String> saved = editor.post("/staff/figures?section=" + section, gdp);
        assertEquals(303, saved.statusCode(), saved.body());
        String next = StaffClient.location(saved);
        assertTrue(next.startsWith("/staff/figures/new?section=" + section + "&after="), next);

        String form = editor.get(next).body();
        assertTrue(form.contains("已保存:地区生产总值 5121.61 亿元"), form);
        assertTrue(form.contains(">全市地区生产总值实现 5121.61 亿元。</textarea>"), "the sentence is carried over");
        assertTrue(form.contains("<option value=\"亿元\">"), "units offered from the unit table");

        String page = editor.get(report).body();
        assertTrue(page.contains("1 个数据"), page);
        assertTrue(page.contains("5121.61"));
        assertTrue(page.contains("增长"));
    }

    @Test
    void sectionsAreEditedReorderedAndDeletedAfterConfirmation() {
        long first = editor.addSection(report, "ANNUAL_REVIEW", "第一节");
        long second = editor.addSection(report, "ANNUAL_REVIEW", "第二节");
        String page = editor.get(report).body();
        assertTrue(page.indexOf("第一节") < page.indexOf("第二节"));

        assertEquals(
                303,
                editor.post("/staff/sections/" + second + "/move", Map.of("direction", "up"))
                        .statusCode());
        page = editor.get(report).body();
        assertTrue(page.indexOf("第二节") < page.indexOf("第一节"), "moved up");

        HttpResponse<String> edit = editor.get("/staff/sections/" + first);
        assertEquals(200, edit.statusCode());
        assertEquals(
                303,
                editor.post(
                                "/staff/sections/" + first,
                                Map.of("title", "第一节(改)", "narrative", "正文", "version", StaffClient.version(edit)))
                        .statusCode());
        editor.addFigure(first, figure("地区生产总值", "5121.61", "亿元"));

        String confirm = editor.get("/staff/sections/" + first + "/delete").body();
        assertTrue(confirm.contains("第一节(改)"), confirm);
        assertTrue(confirm.contains("1 个数据和 0 个目标将一并删除"), confirm);
        assertTrue(editor.get(report).body().contains("第一节(改)"), "nothing deleted by looking");
        assertEquals(
                303,
                editor.post("/staff/sections/" + first + "/delete", Map.of()).statusCode());
        page = editor.get(report).body();
        assertFalse(page.contains("第一节(改)"));
        assertEquals(404, editor.get("/staff/sections/" + first).statusCode());

        String history = editor.get(report + "/history").body();
        assertTrue(history.contains("第一节(改)"), "the deleted section's last heading is in the history");
        assertTrue(history.contains("删除"));
    }

    @Test
    void targetsBelongToThePlanAreRefusedWithMessagesEditedAndDeleted() {
        long review = editor.addSection(report, "ANNUAL_REVIEW", "回顾");
        assertEquals(409, editor.get("/staff/targets/new?section=" + review).statusCode());
        long plan = editor.addSection(report, "PLAN", "主要预期目标");
        editor.get("/staff/targets/new?section=" + plan);
        HttpResponse<String> refused = editor.post(
                "/staff/targets?section=" + plan,
                Map.of(
                        "label",
                        "研发经费投入",
                        "kind",
                        "",
                        "comparator",
                        "AT_LEAST",
                        "value",
                        "10",
                        "unit",
                        "%",
                        "startYear",
                        "2024",
                        "endYear",
                        "2200",
                        "sourceSentence",
                        "研发经费投入年均增长 10% 以上"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("请选择目标类型"), refused.body());
        assertTrue(refused.body().contains("年份须为 1949 到 2100 之间的四位数字"));

        HttpResponse<String> added = editor.post(
                "/staff/targets?section=" + plan,
                Map.of(
                        "label",
                        "研发经费投入",
                        "kind",
                        "YEARLY_GROWTH",
                        "comparator",
                        "AT_LEAST",
                        "value",
                        "10",
                        "unit",
                        "%",
                        "startYear",
                        "",
                        "endYear",
                        "",
                        "sourceSentence",
                        "研发经费投入年均增长 10% 以上"));
        assertEquals(303, added.statusCode(), added.body());
        String page = editor.get(report).body();
        assertTrue(page.contains("年均增长 ≥ 10 %"), page);
        assertTrue(page.contains("2024–2028"), "the five years from the report's year");

        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("/staff/targets/(\\d+)\"").matcher(page);
        assertTrue(id.find());
        String target = "/staff/targets/" + id.group(1);
        HttpResponse<String> form = editor.get(target);
        assertEquals(
                303,
                editor.post(
                                target,
                                Map.of(
                                        "label",
                                        "研发经费投入",
                                        "kind",
                                        "YEARLY_GROWTH",
                                        "comparator",
                                        "AT_LEAST",
                                        "value",
                                        "12",
                                        "unit",
                                        "%",
                                        "startYear",
                                        "2024",
                                        "endYear",
                                        "2026",
                                        "sourceSentence",
                                        "研发经费投入年均增长 12% 以上",
                                        "version",
                                        StaffClient.version(form)))
                        .statusCode());
        page = editor.get(report).body();
        assertTrue(page.contains("年均增长 ≥ 12 %") && page.contains("2024–2026"), page);
        assertTrue(
                editor.get(target).body().matches("(?s).*<td[^>]*>10</td>\\s*<td[^>]*>12</td>.*"),
                "the target's history shows 10 → 12");

        assertTrue(editor.get(target + "/delete").body().contains("研发经费投入"));
        assertEquals(303, editor.post(target + "/delete", Map.of()).statusCode());
        assertFalse(editor.get(report).body().contains("年均增长 ≥ 12 %"), "deleted");
        assertEquals(404, editor.get(target).statusCode());
    }

    @Test
    void theSecondOfTwoSavesOfOneFigureIsRefusedShowingBothValuesAndTheHistoryKeepsEveryChange() {
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行");
        long id = editor.addFigure(section, figure("地区生产总值", "5121.61", "亿元"));
        String path = "/staff/figures/" + id;
        String version = StaffClient.version(editor.get(path));
        assertEquals(version, StaffClient.version(otherEditor.get(path)), "both start from the same version");

        Map<String, String> mine = figure("地区生产总值", "5121.62", "亿元");
        mine.put("version", version);
        assertEquals(303, editor.post(path, mine).statusCode());

        Map<String, String> theirs = figure("地区生产总值", "5200", "亿元");
        theirs.put("version", version);
        HttpResponse<String> second = otherEditor.post(path, theirs);
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("此内容已被他人保存"), second.body());
        assertTrue(second.body().contains("<q>5121.62</q>"), "the saved value");
        assertTrue(second.body().contains("<q>5200</q>"), "the value typed");
        assertTrue(editor.get(path).body().contains("value=\"5121.62\""), "nothing overwritten silently");

        theirs.put("version", StaffClient.version(second));
        assertEquals(303, otherEditor.post(path, theirs).statusCode(), "saving again overwrites knowingly");

        String history = editor.get(path).body();
        assertTrue(history.contains("此数据的修改记录"), history);
        assertTrue(history.matches("(?s).*<td[^>]*>5121.61</td>\\s*<td[^>]*>5121.62</td>.*"), "old → new");
        assertTrue(history.matches("(?s).*<td[^>]*>5121.62</td>\\s*<td[^>]*>5200</td>.*"), "old → new");
    }

    @Test
    void aPostWithoutTheTokenOrWithAWrongOneChangesNothing() {
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济运行");
        Map<String, String> fields = figure("地区生产总值", "5121.61", "亿元");
        assertEquals(
                403, editor.postRaw("/staff/figures?section=" + section, fields).statusCode());
        fields.put("_csrf", "forged");
        assertEquals(
                403, editor.postRaw("/staff/figures?section=" + section, fields).statusCode());
        assertEquals(
                403,
                editor.postRaw("/staff/sections/" + section + "/delete", Map.of("_csrf", "forged"))
                        .statusCode());
        String page = editor.get(report).body();
        assertTrue(page.contains("0 个数据"), page);
        assertTrue(page.contains("经济运行"), "the section is still there");
    }

    private void assertRefused(long section, Map<String, String> fields, String message) {
        HttpResponse<String> refused = editor.post("/staff/figures?section=" + section, fields);
        assertEquals(400, refused.statusCode(), message);
        assertTrue(refused.body().contains(message), message + " in " + refused.body());
    }

    private static Map<String, String> figure(String label, String value, String unit) {
        Map<String, String> fields = new HashMap<>();
        fields.put("label", label);
        fields.put("value", value);
        fields.put("unit", unit);
        fields.put("qualifier", "EXACT");
        fields.put("sourceSentence", "全市" + label + "实现 " + value + " " + unit + "。");
        return fields;
    }
}
