package org.cityreports.browser;

import org.cityreports.it.DeployedWar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;


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
        assertTrue(page.headlineLabels().contains("地区生产总值"), page.headlineLabels().toString());

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
}
