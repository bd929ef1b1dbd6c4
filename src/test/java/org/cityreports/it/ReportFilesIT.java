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
