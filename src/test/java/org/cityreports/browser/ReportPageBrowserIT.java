package org.cityreports.browser;

import org.cityreports.it.DeployedWar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader in real Chromium opens a report, reads its figures and checks where one came from. */
class ReportPageBrowserIT extends DeployedWar {

    private WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aReaderSeesTheHeadlinesAndOpensAFiguresSourceSentence() {
        driver = Browser.open("zh-CN");
        ReportPage page = ReportPage.open(driver, base.toString(), "taiyuan", 2022);
        assertEquals("太原 2022 年政府工作报告", page.heading());
        assertTrue(
                page.headlineLabels().contains("地区生产总值"), page.headlineLabels().toString());

        ReportPage.FigureRow energy = page.figure("万元工业增加值能耗");
        assertEquals("下降 10.9 %", energy.value());
        assertFalse(energy.sourceVisible(), "the source sentence waits until asked for");
        assertTrue(energy.showSource().startsWith("万元工业增加值能耗下降 10.9%"));
    }

    @Test
    void anEnglishReaderGetsEnglishLabels() {
        driver = Browser.open("en-US");
        ReportPage page = ReportPage.open(driver, base.toString(), "changzhi", 2022);
        assertEquals("Changzhi government work report 2022", page.heading());
        assertEquals("at most 0.5 工作日", page.figure("企业开办时间").value());
        page.goToCity();
        assertEquals("Changzhi", driver.getTitle());
    }

    @Test
    void aReaderComparesGdpSwitchesToEnglishAndDownloadsTheTable() throws IOException, InterruptedException {
        Path downloads = Files.createTempDirectory("downloads");
        driver = Browser.open("zh-CN", downloads);
        driver.get(base + "compare");
        driver.findElement(By.cssSelector("#indicator option[value=gdp]")).click();
        driver.findElement(By.id("year")).sendKeys("2021"); // other tests publish later years of their own cities
        driver.findElement(By.cssSelector(".compare-form button")).click();
        assertEquals("地区生产总值,2021 年", waitFor(By.cssSelector("main h2")).getText());
        assertEquals(List.of("太原", "长治"), seedCities(cities()));
        assertTrue(driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed(), "the chart beside the table");

        driver.findElement(By.linkText("English")).click();
        waitFor(By.linkText("中文"));
        assertEquals(
                "Gross domestic product, 2021",
                driver.findElement(By.cssSelector("main h2")).getText());
        assertEquals(List.of("Taiyuan", "Changzhi"), seedCities(cities()), "the same page, now in English");
        driver.get(base + "indicators");
        assertEquals("Indicators", driver.findElement(By.tagName("h1")).getText(), "the choice is kept");

        driver.get(base + "compare?indicator=gdp&year=2021");
        driver.findElement(By.partialLinkText("CSV")).click();
        Path csv = downloads.resolve("gdp-2021.csv");
        for (int i = 0; i < 100 && !Files.exists(csv); i++) {
            Thread.sleep(100);
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFindicator,city,"), text);
        assertTrue(text.contains("gdp,taiyuan,太原,Taiyuan,2021,5121.61,亿元"), text);
    }

    /** The element once the page that has it has loaded: a click returns before the next page is there. */
    private WebElement waitFor(By locator) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<WebElement> found = driver.findElements(locator);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        return driver.findElement(locator); // fails, saying what was missing
    }

    private static List<String> seedCities(List<String> cities) {
        return cities.stream()
                .filter(c -> List.of("太原", "长治", "Taiyuan", "Changzhi").contains(c))
                .toList();
    }

    private List<String> cities() {
        return driver.findElements(By.cssSelector("tr.compare-row th")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
