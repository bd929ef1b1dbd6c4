package org.cityreports.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff keep the indicator catalogue and load figures in bulk: admins add and edit indicators
 * (refused when the units would no longer compare), editors import a CSV of figures into a draft,
 * all or nothing.
 */
class CatalogueAndImportIT extends DeployedWar {

    private StaffClient admin;
    private String run;

    @BeforeEach
    void signIn() {
        admin = new StaffClient(base).signInAsAdmin();
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anAdminAddsAnIndicatorAndItIsOfferedAndComparable() {
        admin.get("/staff/indicators");
        Map<String, String> fields = indicator("grain-" + run, "粮食总产量" + run, "Grain output " + run, "亿斤", "LEVEL", "");
        assertEquals(303, admin.post("/staff/indicators", fields).statusCode());
        assertTrue(Http.getChinese(base, "/indicators").body().contains("粮食总产量" + run));
        assertTrue(Http.get(base, "/api/v1/indicators").body().contains("\"code\":\"grain-" + run + "\""));
        assertEquals(200, Http.getChinese(base, "/indicators/grain-" + run).statusCode());

        // a growth rate of it: the change stated beside the level's figures will count as its values
        admin.get("/staff/indicators");
        assertEquals(
                303,
                admin.post(
                                "/staff/indicators",
                                indicator(
                                        "grain-growth-" + run,
                                        "粮食增产" + run,
                                        "Grain growth " + run,
                                        "%",
                                        "GROWTH_RATE",
                                        "grain-" + run))
                        .statusCode());
        assertTrue(
                Http.get(base, "/api/v1/indicators")
                        .body()
                        .contains("\"code\":\"grain-growth-" + run + "\",\"growthOf\":\"grain-" + run + "\""),
                "linked to its level");

        admin.get("/staff/indicators");
        HttpResponse<String> again = admin.post("/staff/indicators", fields);
        assertEquals(400, again.statusCode(), "a code is unique");
        assertTrue(again.body().contains("已有使用该代码的指标。"));
    }

    @Test
    void badIndicatorsAreRefusedWithAMessageByEachField() {
        admin.get("/staff/indicators");
        HttpResponse<String> refused =
                admin.post("/staff/indicators", indicator("Bad Code", "", "x", "斤两", "SHARE", "gdp"));
        assertEquals(400, refused.statusCode());
        String body = refused.body();
        for (String message : new String[] {"代码只能用小写字母、数字和连字符", "请填写中文名称。", "单位表中没有这个单位", "只有增速类指标才能关联“所属总量指标”。"}) {
            assertTrue(body.contains(message), message);
        }
        admin.get("/staff/indicators");
        HttpResponse<String> percent = admin.post(
                "/staff/indicators", indicator("share-" + run, "比重" + run, "Share " + run, "亿元", "SHARE", ""));
        assertTrue(percent.body().contains("增速和比重类指标的单位须为 %。"), percent.body());
    }

    @Test
    void aUnitChangeThatLinkedFiguresCannotFollowIsRefusedAndNothingChanges() {
        HttpResponse<String> form = admin.get("/staff/indicators/gdp");
        String version = StaffClient.version(form);
        HttpResponse<String> refused = admin.post(
                "/staff/indicators/gdp",
                indicator("gdp", "地区生产总值", "Gross domestic product", "万人", "LEVEL", "", version));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("已有数据关联到该指标,其单位无法换算为新单位"), refused.body());
        assertTrue(
                Http.get(base, "/api/v1/indicators")
                        .body()
                        .contains(
                                "{\"code\":\"gdp\",\"kind\":\"LEVEL\",\"nameEn\":\"Gross domestic product\",\"nameZh\":\"地区生产总值\",\"unit\":\"亿元\"}"),
                "unchanged");
    }

    @Test
    void anEditOverANewerOneIsRefusedAndAnEditInAConvertibleUnitIsSaved() {
        admin.get("/staff/indicators");
        String code = "trade-" + run;
        assertEquals(
                303,
                admin.post("/staff/indicators", indicator(code, "外贸" + run, "Trade " + run, "亿元", "LEVEL", ""))
                        .statusCode());
        String version = StaffClient.version(admin.get("/staff/indicators/" + code));
        assertEquals(
                303,
                admin.post(
                                "/staff/indicators/" + code,
                                indicator(code, "外贸" + run, "Trade " + run, "万亿元", "LEVEL", "", version))
                        .statusCode());
        HttpResponse<String> stale = admin.post(
                "/staff/indicators/" + code, indicator(code, "旧的" + run, "Old " + run, "亿元", "LEVEL", "", version));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("该指标已被他人修改"));
        assertTrue(Http.getChinese(base, "/indicators/" + code).body().contains(">万亿元</span>"), "the first edit stays");
    }

    @Test
    void aFigureInAUnitItsIndicatorCannotConvertIsRefused() {
        String city = admin.createCity("ci-" + run);
        String report = admin.createReport(city, 2022, "2022 年政府工作报告");
        long section = admin.addSection(report, "ANNUAL_REVIEW", "经济");
        admin.get("/staff/figures/new?section=" + section);
        HttpResponse<String> refused = admin.post(
                "/staff/figures?section=" + section,
                Map.of(
                        "label",
                        "地区生产总值",
                        "value",
                        "9.2",
                        "unit",
                        "%",
                        "qualifier",
                        "EXACT",
                        "indicator",
                        "gdp",
                        "sourceSentence",
                        "增长 9.2%。"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("该单位无法换算为所选指标的统一单位"), refused.body());
    }

    @Test
    void aReportsFiguresExportedAsCsvAndImportedIntoANewReportAreTheSameFigures() {
        byte[] exported =
                Http.getBytes(base, "/cities/changzhi/2022/figures.csv").body();
        String run6 = run;
        String city = admin.createCity("rt-" + run6);
        StaffClient editor = new StaffClient(base)
                .signInFirstTime("rt-e-" + run6, admin.createAccount("rt-e-" + run6, "editor", city));
        StaffClient reviewer =
                new StaffClient(base).signInFirstTime("rt-r-" + run6, admin.createAccount("rt-r-" + run6, "reviewer"));
        String report = editor.createReport(city, 2022, "2022 年政府工作报告(解读)");
        editor.get(report + "/import");
        HttpResponse<String> imported = editor.upload(report + "/import", "file", "changzhi.csv", exported);
        assertEquals(303, imported.statusCode(), imported.body());
        String done = editor.get(StaffClient.location(imported)).body();
        assertTrue(done.contains("已保存 68 个数据"), done);
        assertTrue(done.contains("未发现需要核对的数据。"), "the imported rows passed the checks");
        StaffClient.publish(editor, reviewer, report);

        byte[] again =
                Http.getBytes(base, "/cities/" + city + "/2022/figures.csv").body();
        assertArrayEquals(exported, again, new String(again, StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEachLineAndColumn() {
        String city = admin.createCity("bad-" + run);
        String report = admin.createReport(city, 2022, "2022 年政府工作报告");
        String csv = "part,section,label,value,unit,qualifier,source_sentence\r\n"
                + "ANNUAL_REVIEW,经济,地区生产总值,5121.61,亿元,EXACT,地区生产总值 5121.61 亿元。\r\n"
                + "ANNUAL_REVIEW,经济,市场主体,64.56,万家户,EXACT,市场主体 64.56 万户。\r\n"
                + "SOMEWHERE,经济,人口,-3,万人,EXACT,\r\n";
        admin.get(report + "/import");
        HttpResponse<String> refused =
                admin.upload(report + "/import", "file", "figures.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("什么都没有保存"), body);
        assertTrue(problem(body, 3, "unit"), "line 3: the unit");
        assertTrue(
                problem(body, 4, "part") && problem(body, 4, "value") && problem(body, 4, "source_sentence"),
                "line 4: part, value and sentence");
        assertTrue(!admin.get(report).body().contains("地区生产总值"), "not even the good first line is stored");

        admin.get(report + "/import");
        HttpResponse<String> missing = admin.upload(
                report + "/import", "file", "figures.csv", "label,value\r\nx,1\r\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(missing.body().contains("缺少这一列"), missing.body());
    }

    @Test
    void extractedFiguresAreAcceptedOnceAndABadRowStoresNothing() {
        String city = admin.createCity("xt-" + run);
        String report = admin.createReport(city, 2022, "2022 年政府工作报告");
        String text = "全市地区生产总值实现 5121.61 亿元,增长 9.2%。规上工业总产值达到 4576 亿元。";
        admin.get(report + "/extract");
        HttpResponse<String> found = admin.post(report + "/extract", Map.of("action", "find", "text", text));
        assertEquals(200, found.statusCode());
        assertEquals(2, found.body().split("<tr class=\"candidate\"", -1).length - 1, found.body());
        assertTrue(
                found.body().contains("name=\"r0.value\" value=\"5121.61\"")
                        && found.body().contains("name=\"r0.changeValue\" value=\"9.2\""),
                "pre-filled with the change");

        Map<String, String> rows = new HashMap<>(Map.of("action", "accept", "text", text));
        row(rows, 0, "地区生产总值", "5121.61", "亿元", "全市地区生产总值实现 5121.61 亿元,增长 9.2%。");
        row(rows, 1, "规上工业总产值", "4576", "斤两", "规上工业总产值达到 4576 亿元。");
        HttpResponse<String> refused = admin.post(report + "/extract", rows);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("有 1 行需要修改") && refused.body().contains("单位表中没有这个单位"), refused.body());
        assertTrue(!admin.get(report).body().contains("5121.61"), "the good row is not stored either");

        row(rows, 1, "规上工业总产值", "4576", "亿元", "规上工业总产值达到 4576 亿元。");
        HttpResponse<String> saved = admin.post(report + "/extract", rows);
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(admin.get(StaffClient.location(saved)).body().contains("已保存 2 个数据、0 个目标;跳过 0 个"));
        String page = admin.get(report).body();
        assertTrue(page.contains("5121.61") && page.contains("4576"), page);

        HttpResponse<String> again = admin.post(report + "/extract", rows);
        assertTrue(
                admin.get(StaffClient.location(again)).body().contains("已保存 0 个数据、0 个目标;跳过 2 个"),
                "exact duplicates of what the report holds are skipped");
        rows.put("r0.section", "另一章");
        rows.put("r1.section", "另一章");
        admin.post(report + "/extract", rows);
        assertTrue(!admin.get(report).body().contains("另一章"), "no section is left behind empty for skipped rows");
    }

    private static void row(Map<String, String> rows, int i, String label, String value, String unit, String sentence) {
        rows.put("r" + i + ".accept", "on");
        rows.put("r" + i + ".part", "ANNUAL_REVIEW");
        rows.put("r" + i + ".section", "经济");
        rows.put("r" + i + ".label", label);
        rows.put("r" + i + ".value", value);
        rows.put("r" + i + ".unit", unit);
        rows.put("r" + i + ".qualifier", "EXACT");
        rows.put("r" + i + ".sourceSentence", sentence);
    }

    private static boolean problem(String body, int line, String column) {
        return body.matches("(?s).*<tr class=\"problem\">\\s*<td>" + line + "</td>\\s*<td>" + column + "</td>.*");
    }

    private static Map<String, String> indicator(
            String code, String nameZh, String nameEn, String unit, String kind, String growthOf, String... version) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "code", code, "nameZh", nameZh, "nameEn", nameEn, "unit", unit, "kind", kind, "growthOf", growthOf));
        if (version.length > 0) {
            fields.put("version", version[0]);
        }
        return fields;
    }
}
