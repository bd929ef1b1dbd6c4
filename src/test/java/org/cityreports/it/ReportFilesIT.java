package org.cityreports.it;

import org.cityreports.document.control.ReportFiles;
import org.cityreports.document.control.ReportFixtures;
import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.cityreports.sampledata.SeedReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report files through the deployed forms: a new report made from a Word file, the extraction
 * screen reading a PDF with its pages, and every bad file refused with its reason and nothing
 * stored.
 */
class ReportFilesIT extends DeployedWar {

    private StaffClient admin;
    private String city;
    private String seed;

    @BeforeEach
    void setUp() {
        admin = new StaffClient(base).signInAsAdmin();
        city = admin.createCity("rf-" + UUID.randomUUID().toString().substring(0, 6));
        SampleReport changzhi = SeedReports.changzhi();
        seed = SampleDataFiles.sourceText(changzhi);
    }

    @Test
    void aNewReportTakesItsTextFromAWordFileWithItsPages() {
        admin.get("/staff/reports/new");
        HttpResponse<String> created = admin.upload(
                "/staff/reports",
                Map.of("city", city, "year", "2022", "documentKind", "INTERPRETATION", "title", "政府工作报告解读"),
                "file",
                "changzhi.docx",
                ReportFixtures.docx(seed, 10));
        assertEquals(303, created.statusCode(), created.body());
        String edit = admin.get(StaffClient.location(created) + "/edit").body();
        assertTrue(edit.contains("〔第 2 页〕"), "the text keeps where each page begins");
        assertTrue(edit.contains("面对复杂的外部环境"), edit);
        assertFalse(edit.contains(ReportFixtures.RUNNING_HEADER), "the header of the Word file is left out");
    }

    @Test
    void theExtractionScreenReadsAPdfAndEveryCandidateKnowsItsPage() {
        String report = admin.createReport(city, 2022, "政府工作报告解读");
        admin.get(report + "/extract");
        HttpResponse<String> read =
                admin.upload(report + "/extract/file", "file", "changzhi-2022.pdf", ReportFixtures.pdf(seed));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("已读取 changzhi-2022.pdf"), read.body());
        assertTrue(read.body().contains("第 1 页") && read.body().contains("第 2 页"), "page badges on the rows");
        assertTrue(read.body().contains("name=\"r0.sourcePage\" value=\"1\""), "the page goes with the row");
        assertTrue(read.body().contains("2311"), "the seed's figures are found");
    }

    @Test
    void pagesRangesAndObligationsGoFromTheFormsToThePublicPageTheJsonAndTheCsv() {
        String run = city.substring(3);
        StaffClient editor = new StaffClient(base)
                .signInFirstTime("rf-e-" + run, admin.createAccount("rf-e-" + run, "editor", city));
        StaffClient reviewer =
                new StaffClient(base).signInFirstTime("rf-r-" + run, admin.createAccount("rf-r-" + run, "reviewer"));
        String report = editor.createReport(city, 2024, "2024 年政府工作报告");
        long review = editor.addSection(report, "ANNUAL_REVIEW", "经济");
        editor.addFigure(
                review,
                Map.of(
                        "label", "地区生产总值",
                        "value", "1234.5",
                        "unit", "亿元",
                        "qualifier", "EXACT",
                        "sourceSentence", "全市地区生产总值 1234.5 亿元。",
                        "sourcePage", "7"));
        long plan = editor.addSection(report, "PLAN", "目标");
        editor.get("/staff/targets/new?section=" + plan);
        HttpResponse<String> target = editor.post(
                "/staff/targets?section=" + plan,
                Map.of(
                        "label", "地区生产总值增长",
                        "kind", "YEARLY_GROWTH",
                        "comparator", "AT_LEAST",
                        "value", "5",
                        "high", "5.5",
                        "unit", "%",
                        "obligation", "BINDING",
                        "sourceSentence", "地区生产总值增长 5%—5.5%。",
                        "sourcePage", "9"));
        assertEquals(303, target.statusCode(), target.body());
        editor.get("/staff/targets/new?section=" + plan);
        HttpResponse<String> upsideDown = editor.post(
                "/staff/targets?section=" + plan,
                Map.of(
                        "label", "倒置的区间",
                        "kind", "YEARLY_GROWTH",
                        "comparator", "AT_LEAST",
                        "value", "6",
                        "high", "5",
                        "unit", "%",
                        "sourceSentence", "增长 6%—5%。"));
        assertEquals(400, upsideDown.statusCode());
        assertTrue(upsideDown.body().contains("区间的上限须大于下限"), "the message stands under the high end");
        StaffClient.publish(editor, reviewer, report);

        String page = admin.get("/cities/" + city + "/2024").body();
        assertTrue(page.contains("(第 7 页)") && page.contains("(第 9 页)"), "each source sentence names its page");
        assertTrue(page.contains("5–5.5") && page.contains("约束性"), "the range and the obligation");
        String json = admin.get("/api/v1/cities/" + city + "/reports/2024").body();
        assertTrue(json.contains("\"sourcePage\":7") && json.contains("\"sourcePage\":9"), json);
        assertTrue(json.contains("\"high\":5.5") && json.contains("\"obligation\":\"BINDING\""), json);
        String csv = admin.get("/cities/" + city + "/2024/figures.csv").body();
        assertTrue(csv.contains(",source_sentence,source_page") && csv.contains("全市地区生产总值 1234.5 亿元。,7"), csv);
    }

    @Test
    void theExtractorsAccuracyComesAsCsvToo() {
        HttpResponse<String> csv = admin.get("/staff/extraction/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(
                csv.body()
                        .contains(
                                "scope,key,field,proposed,right,saved,precision,recall,accepted,corrected,left_out,missed"),
                csv.body());
        assertTrue(csv.body().contains("all,,value,"), "one line per field for the whole record");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndNothingIsStored() {
        String report = admin.createReport(city, 2022, "政府工作报告");
        String before = admin.get(report + "/edit").body();
        byte[] pdf = ReportFixtures.pdf(seed);
        Map<String, byte[]> files = Map.of(
                "scan.pdf", ReportFixtures.scannedPdf(),
                "locked.pdf", ReportFixtures.encryptedPdf(seed),
                "cut.pdf", Arrays.copyOf(pdf, 40),
                "page.pdf", ReportFixtures.webPage(seed),
                "empty.pdf", new byte[0],
                "huge.pdf", new byte[ReportFiles.MAX_BYTES + 1]);
        Map<String, String> reasons = Map.of(
                "scan.pdf", "没有文字层",
                "locked.pdf", "密码保护",
                "cut.pdf", "已损坏",
                "page.pdf", "文件名与内容不符",
                "empty.pdf", "文件是空的",
                "huge.pdf", "超过 8 MB");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            admin.get(report + "/extract");
            HttpResponse<String> refused =
                    admin.upload(report + "/extract/file", "file", file.getKey(), file.getValue());
            assertEquals(400, refused.statusCode(), file.getKey());
            assertTrue(refused.body().contains(reasons.get(file.getKey())), file.getKey() + ": " + refused.body());
            assertTrue(refused.body().contains("id=\"file-errors\""), "the reason stands under the file field");

            admin.get(report + "/edit");
            HttpResponse<String> edit = admin.upload(
                    report,
                    Map.of(
                            "year", "2022",
                            "documentKind", "FULL_TEXT",
                            "title", "政府工作报告",
                            "sourceText", "过去一年……",
                            "version", StaffClient.version(admin.get(report + "/edit"))),
                    "file",
                    file.getKey(),
                    file.getValue());
            assertEquals(400, edit.statusCode(), file.getKey());
            assertTrue(edit.body().contains(reasons.get(file.getKey())), file.getKey());
        }
        assertEquals(textOf(before), textOf(admin.get(report + "/edit").body()), "the report's text is unchanged");
        assertFalse(admin.get(report).body().contains("class=\"figure\""), "no figure was stored");
    }

    private static String textOf(String editPage) {
        int start = editPage.indexOf("name=\"sourceText\"");
        return editPage.substring(start, editPage.indexOf("</textarea>", start));
    }
}
