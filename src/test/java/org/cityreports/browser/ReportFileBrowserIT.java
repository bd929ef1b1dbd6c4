package org.cityreports.browser;

import org.cityreports.document.control.ReportFixtures;
import org.cityreports.it.DeployedWar;
import org.cityreports.it.StaffClient;
import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.cityreports.sampledata.SeedReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report as its PDF, in real Chromium: the editor uploads it on the extraction screen, sees
 * every candidate with the page its sentence is on, corrects one, saves the rest and adds one by
 * hand; the reviewer publishes; the public page names each figure's page; the admin sees the
 * extractor's precision and recall counted from what the editor did.
 */
class ReportFileBrowserIT extends DeployedWar {

    private WebDriver driver;
    private Path pdf;

    @AfterEach
    void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
        }
    }

    private int warnings() {
        return driver.findElements(By.cssSelector("form.accept-warning")).size();
    }

    @Test
    void anEditorUploadsTheReportsPdfAndItsFiguresReachThePublicPageWithTheirPages() throws IOException {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = admin.createCity("pf-" + run);
        String editor = "pf-e-" + run;
        String editorOnce = admin.createAccount(editor, "editor", city);
        String reviewer = "pf-r-" + run;
        String reviewerOnce = admin.createAccount(reviewer, "reviewer");
        String report = admin.createReport(city, 2022, "2022 年政府工作报告解读(上)");
        SampleReport changzhi = SeedReports.changzhi();
        int figures = SeedReports.changzhiFigures();
        int[] before = outcomes(admin);
        pdf = Files.createTempFile("changzhi-2022-", ".pdf");
        Files.write(pdf, ReportFixtures.pdf(SampleDataFiles.sourceText(changzhi)));

        driver = Browser.open("zh-CN");
        driver.manage().window().setSize(new Dimension(1366, 768));
        StaffDesk desk = new StaffDesk(driver, base.toString());
        desk.signInFirstTime(editor, editorOnce, "editor-" + run + "-secret").go(report + "/extract");
        driver.findElement(By.id("file")).sendKeys(pdf.toString());
        desk.press("读取文件并找出数据");
        assertTrue(desk.text().contains("已读取 " + pdf.getFileName()), desk.text());
        Browser.screenshot(driver, "extraction-from-pdf");

        List<WebElement> rows = driver.findElements(By.cssSelector("tr.candidate"));
        assertEquals(figures, rows.size(), "one row per figure of the seed");
        List<String> pages = driver.findElements(By.cssSelector("tr.candidate-source .page")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(figures, pages.size(), "every row names its page");
        assertEquals("第 1 页", pages.get(0));
        assertTrue(pages.contains("第 2 页"), pages.toString());

        // the rows a rule guessed about, on their own: each says why
        desk.pressOnPage("需核对的");
        List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();
        assertTrue(!shown.isEmpty() && shown.size() < rows.size(), shown.size() + " of " + rows.size());
        assertTrue(
                shown.stream().allMatch(r -> "true".equals(r.getAttribute("data-doubt"))),
                "only rows the extractor doubts are shown");
        desk.pressOnPage("全部");

        WebElement base = driver.findElement(By.id("r0-comparedWith"));
        base.clear();
        base.sendKeys("上年");
        desk.press("保存勾选的数据");
        assertTrue(desk.text().contains("已保存 " + figures + " 个数据、0 个目标"), desk.text());

        desk.go(report)
                .followInSection("综合实力大幅提升", "添加数据")
                .type("label", "常住人口")
                .type("value", "318.2")
                .type("unit", "万人")
                .type("sourceSentence", "全市常住人口 318.2 万人。")
                .type("sourcePage", "2")
                .press("保存");
        desk.go(report).press("提交审核");
        assertTrue(desk.textOf(".report-status").contains("待审核"), desk.text());
        desk.signOut();

        desk.signInFirstTime(reviewer, reviewerOnce, "reviewer-" + run + "-secret");
        desk.go(report);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('checks').scrollIntoView()");
        Browser.screenshot(driver, "review-with-checks");
        // the checks' warnings on the seed (two values for one label in a five-year list, say) are
        // the reviewer's to accept before publishing
        for (int open = warnings(); open > 0; open = warnings()) {
            driver.findElement(By.cssSelector("form.accept-warning input[name=reason]"))
                    .sendKeys("与原文一致");
            desk.press("接受此提醒");
        }
        desk.press("发布");
        assertEquals("已发布", desk.textOf(".report-status"), desk.text());
        desk.follow("公开页面");
        String page = driver.getPageSource();
        assertTrue(page.contains("2311"), "the figures are public");
        assertTrue(page.contains("(第 1 页)") && page.contains("(第 2 页)"), "each source sentence names its page");

        int[] after = outcomes(admin);
        assertEquals(figures - 1, after[0] - before[0], "accepted as proposed");
        assertEquals(1, after[1] - before[1], "accepted after a correction");
        assertEquals(0, after[2] - before[2], "left out");
        assertEquals(1, after[3] - before[3], "added by hand: what the extractor missed");
    }

    /** The admin's counts of the review record: accepted, corrected, left out, added by hand. */
    private static int[] outcomes(StaffClient admin) {
        String page = admin.get("/staff/extraction").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("原样接受 (\\d+) 条\\D+(\\d+) 条\\D+(\\d+) 条\\D+(\\d+) 条")
                .matcher(page);
        if (!m.find()) {
            assertTrue(page.contains("还没有记录"), page);
            return new int[4];
        }
        return new int[] {
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4))
        };
    }
}
