package org.cityreports.document.control;

import org.cityreports.extract.control.ReportText;
import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.cityreports.sampledata.SeedReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report files read into text: the Changzhi seed as PDF, Word and web page, and the files refused. */
class ReportFilesTest {

    static String seed;

    @BeforeAll
    static void seed() {
        SampleReport changzhi = SeedReports.changzhi();
        seed = SampleDataFiles.sourceText(changzhi);
    }

    @Test
    void aPdfGivesItsTextWithoutRunningHeadersFootersOrPageNumbersAndEverySentenceKnowsItsPage() throws UnreadableFile {
        byte[] pdf = ReportFixtures.pdf(seed);
        int pages = ReportFixtures.layout(seed).size();
        ReportFiles.Read read = ReportFiles.read("changzhi-2022.pdf", pdf);

        assertEquals(ReportFiles.Kind.PDF, read.kind());
        assertEquals(pages, read.pages());
        assertFalse(read.text().contains(ReportFixtures.RUNNING_HEADER), "the running header is left out");
        assertFalse(read.text().contains("— 2 —"), "page numbers are left out");
        // the layout broke this sentence at the page's width; it is whole again
        assertTrue(read.text().replace(" ", "").contains("面对复杂的外部环境和艰巨的发展任务,真抓实干、争先创优,经济社会发展取得新成绩、新成效。"), read.text());
        List<ReportText.Sentence> sentences = ReportText.of(read.text()).sentences();
        assertEquals(1, sentences.get(0).page());
        assertEquals(pages, sentences.get(sentences.size() - 1).page());
        ReportText.Sentence onItsPage = sentences.stream()
                .filter(s -> s.text().contains("面对复杂的外部环境"))
                .findFirst()
                .orElseThrow();
        assertEquals(pageOf(ReportFixtures.layout(seed), "面对复杂的外部环境"), onItsPage.page());
    }

    @Test
    void theSeedsSentencesReadFromThePdfAreTheSentencesOfItsText() throws UnreadableFile {
        List<String> fromText = texts(ReportText.of(seed.replace("**", "")));
        List<String> fromPdf = texts(ReportText.of(
                ReportFiles.read("r.pdf", ReportFixtures.pdf(seed)).text()));
        assertEquals(fromText, fromPdf);
    }

    @Test
    void aWordFileGivesItsParagraphsWithoutHeaderOrFooterAndItsPageBreaksAsPages() throws UnreadableFile {
        ReportFiles.Read read = ReportFiles.read("changzhi-2022.docx", ReportFixtures.docx(seed, 10));
        assertEquals(ReportFiles.Kind.WORD, read.kind());
        assertFalse(read.text().contains(ReportFixtures.RUNNING_HEADER));
        assertFalse(read.text().contains("第 1 页\n"));
        assertTrue(read.pages() > 1, "pages " + read.pages());
        assertEquals(texts(ReportText.of(seed.replace("**", ""))), texts(ReportText.of(read.text())));
        assertEquals(
                2,
                ReportText.of(read.text()).sentences().stream()
                        .filter(s -> s.text().contains("面对复杂的外部环境"))
                        .findFirst()
                        .orElseThrow()
                        .page());
    }

    @Test
    void aWebPageGivesItsArticleWithoutTheSitesNavigationHeaderAndFooter() throws UnreadableFile {
        ReportFiles.Read read = ReportFiles.read("report.html", ReportFixtures.webPage(seed));
        assertEquals(ReportFiles.Kind.WEB_PAGE, read.kind());
        for (String around : List.of("首页", "政务公开", "当前位置", "分享到", "ICP", "tracker", "门户网站")) {
            assertFalse(read.text().contains(around), around + " in " + read.text());
        }
        assertEquals(texts(ReportText.of(seed.replace("**", ""))), texts(ReportText.of(read.text())));
        assertNull(ReportText.of(read.text()).sentences().get(0).page(), "a web page has no pages");
    }

    @Test
    void aScannedPdfIsRefusedAsHavingNoText() {
        assertEquals("file.pdfNoText", refused("scan.pdf", ReportFixtures.scannedPdf()));
    }

    @Test
    void aPdfWithAPasswordIsRefused() {
        assertEquals("file.encrypted", refused("locked.pdf", ReportFixtures.encryptedPdf(seed)));
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] pdf = ReportFixtures.pdf(seed);
        byte[] damaged = Arrays.copyOf(pdf, 40);
        assertEquals("file.damaged", refused("cut.pdf", damaged));
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        assertEquals("file.nameMismatch", refused("report.pdf", ReportFixtures.webPage(seed)));
        assertEquals("file.nameMismatch", refused("report.docx", ReportFixtures.pdf(seed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.png", "report.pdf"})
    void aFileOfAnotherKindIsRefused(String name) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String key = refused(name, png);
        assertTrue(key.equals("file.unknownKind") || key.equals("file.nameMismatch"), key);
    }

    @Test
    void anEmptyFileAndOneOverTheLimitAreRefused() {
        assertEquals("file.empty", refused("report.pdf", new byte[0]));
        assertEquals("file.tooLarge", refused("report.pdf", new byte[ReportFiles.MAX_BYTES + 1]));
    }

    @Test
    void plainTextInGbkIsReadToo() throws UnreadableFile {
        byte[] gbk = "全市地区生产总值达到2311亿元,增长11%。".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertTrue(ReportFiles.read("report.txt", gbk).text().contains("2311亿元"));
        assertEquals(
                "2311亿元",
                ReportFiles.read("r.txt", "2311亿元".getBytes(StandardCharsets.UTF_8))
                        .text());
    }

    private static String refused(String name, byte[] content) {
        return assertThrows(UnreadableFile.class, () -> ReportFiles.read(name, content))
                .messageKey();
    }

    private static List<String> texts(ReportText text) {
        return text.sentences().stream().map(s -> s.text().replace(" ", "")).toList();
    }

    private static int pageOf(List<List<String>> pages, String start) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).stream().anyMatch(l -> l.contains(start))) {
                return p + 1;
            }
        }
        throw new AssertionError(Objects.toString(start));
    }
}
