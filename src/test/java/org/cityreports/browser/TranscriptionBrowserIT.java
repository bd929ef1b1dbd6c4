package org.cityreports.browser;

import org.cityreports.it.DeployedWar;
import org.cityreports.it.StaffClient;
import org.cityreports.sampledata.SampleDataFiles;
import org.cityreports.sampledata.SampleReport;
import org.cityreports.sampledata.SeedReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's walkthrough in real Chromium: the admin creates a city, an editor and a reviewer;
 * the editor transcribes a report, corrects a refused figure, adds a target and submits; the
 * reviewer publishes; the public reads the figure.
 */
class TranscriptionBrowserIT extends DeployedWar {

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aReportGoesFromTheEditorsFormsThroughReviewToThePublicPage() {
        String adminPassword = new StaffClient(base).signInAsAdmin().adminPassword();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = "br-" + run;
        driver = Browser.open("zh-CN");
        StaffDesk desk = new StaffDesk(driver, base.toString());

        desk.signIn("admin", adminPassword)
                .go("/staff/cities")
                .type("slug", city)
                .type("nameZh", "浏览市" + run)
                .type("nameEn", "Browser City")
                .type("province", "测试省")
                .press("添加城市");
        String editorPassword = createAccount(desk, "ed-" + run, "编辑", "浏览市" + run);
        String reviewerPassword = createAccount(desk, "rv-" + run, "审核", null);
        desk.signOut();

        desk.signInFirstTime("ed-" + run, editorPassword, "editor-" + run + "-secret");
        assertEquals("/staff", desk.path());
        desk.follow("新建报告")
                .choose("city", "浏览市" + run)
                .type("year", "2025")
                .choose("documentKind", "全文")
                .type("title", "2025 年政府工作报告")
                .type("sourceText", "全市地区生产总值实现 5121.61 亿元,增长 9.2%。")
                .press("保存");
        String report = desk.path();
        assertTrue(report.matches("/staff/reports/\\d+"), report);

        desk.follow("添加章节").choose("part", "年度工作回顾").type("title", "经济运行稳中有进").press("保存");
        desk.followInSection("经济运行稳中有进", "添加数据")
                .type("label", "地区生产总值")
                .type("value", "5121,61")
                .type("unit", "亿元")
                .type("changeValue", "9.2")
                .type("changeUnit", "%")
                .choose("changeDirection", "增长")
                .type("sourceSentence", "全市地区生产总值实现 5121.61 亿元,增长 9.2%。")
                .press("保存并继续添加");
        assertTrue(desk.errorsOf("value").contains("请输入数字"), desk.text());
        assertTrue(desk.text().contains("有 1 处需要修改"), "the summary on top");
        desk.type("value", "5121.61").press("保存并继续添加");
        assertTrue(desk.textOf(".saved").contains("地区生产总值 5121.61 亿元"), desk.text());
        desk.type("label", "地区生产总值增速")
                .type("value", "9.2")
                .type("unit", "%")
                .choose("direction", "增长")
                .press("保存");
        assertEquals(report, desk.path());
        assertTrue(desk.text().contains("2 个数据"), desk.text());

        desk.follow("添加章节").choose("part", "今后工作目标任务").type("title", "主要预期目标").press("保存");
        desk.followInSection("主要预期目标", "添加目标")
                .type("label", "地区生产总值增长")
                .choose("kind", "年均增长")
                .choose("comparator", "不低于")
                .type("value", "6")
                .type("unit", "%")
                .type("sourceSentence", "地区生产总值增长 6% 以上。")
                .press("保存");
        assertTrue(desk.text().contains("年均增长 ≥ 6 %"), desk.text());
        desk.press("提交审核");
        assertTrue(desk.textOf(".report-status").contains("待审核"));
        desk.signOut();

        desk.signInFirstTime("rv-" + run, reviewerPassword, "reviewer-" + run + "-secret");
        desk.go(report).press("发布");
        assertEquals("已发布", desk.textOf(".report-status"));
        desk.follow("公开页面");
        String page = desk.text();
        assertTrue(page.contains("5121.61"), page);
        assertTrue(page.contains("经济运行稳中有进"));
        assertTrue(page.contains("地区生产总值增长"), "the target");
    }

    /** As admin in the browser: a new account, and the one-time password its page shows once. */
    /**
     * The "done when": an editor pastes the Changzhi seed into a new report, gets its figures
     * in one screen, corrects one row and saves them; the report then holds every figure.
     */
    @Test
    void anEditorPastesTheChangzhiSeedCorrectsARowAndSavesTheFigures() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = admin.createCity("ex-" + run);
        String editor = "ex-e-" + run;
        String oneTime = admin.createAccount(editor, "editor", city);
        String report = admin.createReport(city, 2022, "2022 年政府工作报告解读(上)");
        SampleReport changzhi = SeedReports.changzhi();
        int figures = SeedReports.changzhiFigures();

        driver = Browser.open("zh-CN");
        StaffDesk desk = new StaffDesk(driver, base.toString());
        desk.signInFirstTime(editor, oneTime, "editor-" + run + "-secret").go(report + "/extract");
        WebElement text = driver.findElement(By.id("text"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        text,
                        SampleDataFiles.sourceText(changzhi)); // a paste, without typing 6 000 characters
        desk.press("找出数据");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.candidate"));
        assertEquals(figures, rows.size(), "one row per figure of the seed");

        WebElement first = rows.get(0);
        first.click();
        assertEquals(
                first.getAttribute("data-sentence"),
                driver.findElement(By.cssSelector(".sentence.current"))
                        .getAttribute("id")
                        .substring(2),
                "clicking a row marks its sentence");
        WebElement label = first.findElement(By.cssSelector("input[name='r0.label']"));
        label.clear();
        label.sendKeys("全市地区生产总值(核实)");
        desk.press("保存勾选的数据");
        assertTrue(desk.text().contains("已保存 " + figures + " 个数据、0 个目标"), desk.text());

        desk.go(report);
        String page = desk.text();
        assertTrue(page.contains("全市地区生产总值(核实)") && page.contains("2311") && page.contains("企业开办时间"), page);
    }

    @Test
    void onALaptopTheCandidatesFitAndEveryErrorIsOneClickAway() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = admin.createCity("lt-" + run);
        String editor = "lt-e-" + run;
        String oneTime = admin.createAccount(editor, "editor", city);
        String report = admin.createReport(city, 2022, "2022 年政府工作报告解读(上)");
        SampleReport changzhi = SeedReports.changzhi();
        int figures = SeedReports.changzhiFigures();

        driver = Browser.open("zh-CN");
        driver.manage().window().setSize(new Dimension(1366, 768));
        StaffDesk desk = new StaffDesk(driver, base.toString());
        desk.signInFirstTime(editor, oneTime, "editor-" + run + "-secret").go(report + "/extract");
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        driver.findElement(By.id("text")),
                        SampleDataFiles.sourceText(changzhi));
        desk.press("找出数据");

        List<WebElement> rows = driver.findElements(By.cssSelector("tr.candidate"));
        assertEquals(figures, rows.size());
        for (WebElement row : rows) {
            int height = row.getSize().getHeight()
                    + row.findElement(By.xpath("following-sibling::tr[1]"))
                            .getSize()
                            .getHeight();
            assertTrue(height <= 150, "a candidate with its sentence is " + height + " px tall");
        }
        for (WebElement column : driver.findElements(By.cssSelector("table.candidates thead th"))) {
            assertTrue(
                    column.getSize().getWidth() >= 40,
                    column.getText() + " is " + column.getSize().getWidth() + " px");
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals(
                Boolean.TRUE,
                js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                "no scrolling sideways");
        js.executeScript("arguments[0].scrollIntoView(true)", rows.get(0));
        long inView = ((Number) js.executeScript("return [...document.querySelectorAll('tr.candidate')]"
                        + ".filter(r => r.getBoundingClientRect().bottom <= window.innerHeight).length"))
                .longValue();
        assertTrue(inView >= 8, inView + " candidates on one screen");
        // the rows far below are not laid out yet (content-visibility); they must be as tall as when
        // they are, or the page grows and jumps under the editor's scrolling
        assertEquals(
                rows.get(0).getSize().getHeight(),
                rows.get(rows.size() - 1).getSize().getHeight(),
                "a row far below the screen is as tall as one on it");

        desk.pressOnPage("有变化的");
        long withChange = rows.stream().filter(WebElement::isDisplayed).count();
        assertTrue(withChange > 0 && withChange < rows.size(), withChange + " rows with a change shown");
        assertTrue(
                rows.stream().filter(WebElement::isDisplayed).allMatch(r -> "true"
                        .equals(r.getAttribute("data-change"))),
                "only rows with a change");
        desk.pressOnPage("全部");
        assertEquals(rows.size(), rows.stream().filter(WebElement::isDisplayed).count());
        // one section: ticking none unticks its rows only
        js.executeScript("var s = document.getElementById('show-section'); s.selectedIndex = 1;"
                + " s.dispatchEvent(new Event('change'))");
        long inSection = rows.stream().filter(WebElement::isDisplayed).count();
        assertTrue(inSection > 0 && inSection < rows.size(), inSection + " rows of one section shown");
        desk.pressOnPage("全不选");
        long unticked = driver.findElements(By.cssSelector("tr.candidate input[type=checkbox]")).stream()
                .filter(box -> !box.isSelected())
                .count();
        assertEquals(inSection, unticked, "none of this section ticked, the others still are");
        js.executeScript("var s = document.getElementById('show-section'); s.selectedIndex = 0;"
                + " s.dispatchEvent(new Event('change'))");
        desk.pressOnPage("全选");
        driver.findElement(By.id("r0-value")).click();
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        assertEquals(
                "r1-value", driver.switchTo().activeElement().getAttribute("id"), "Alt+Down: the same field below");

        WebElement unit = driver.findElement(By.id("r1-unit"));
        unit.clear();
        unit.sendKeys("公斤元");
        WebElement value = driver.findElement(By.id("r3-value"));
        value.clear();
        value.sendKeys("很多");
        desk.press("保存勾选的数据");
        assertEquals(
                "error-summary", driver.switchTo().activeElement().getAttribute("id"), "the summary has the focus");
        List<WebElement> links = driver.findElements(By.cssSelector("#error-summary a"));
        assertTrue(links.size() >= 2, "each problem is listed");
        assertTrue(links.get(0).getText().startsWith("第 2 行"), links.get(0).getText());
        Browser.screenshot(driver, "extraction-errors");
        assertEquals(
                "true", driver.findElement(By.id("r1-unit")).getAttribute("aria-invalid"), "the bad field is marked");
        assertEquals("false", driver.findElement(By.id("r0-unit")).getAttribute("aria-invalid"));
        links.get(0).click();
        assertEquals("r1-unit", driver.switchTo().activeElement().getAttribute("id"), "one click to the field");

        desk.press("只保存没有问题的 " + (figures - 2) + " 行(有问题的 2 行留在这里,改好再存)");
        assertTrue(desk.text().contains("已保存 " + (figures - 2) + " 个数据"), desk.text());
        assertEquals(2, driver.findElements(By.cssSelector("tr.candidate")).size(), "the two bad rows stay");
    }

    private static String createAccount(StaffDesk desk, String username, String role, String city) {
        desk.go("/staff/accounts/new")
                .type("username", username)
                .type("displayName", username)
                .tick(role);
        if (city != null) {
            desk.tick(city);
        }
        desk.press("创建账户");
        return desk.textOf("code.one-time-password");
    }
}
