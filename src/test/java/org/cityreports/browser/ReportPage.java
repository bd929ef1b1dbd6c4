package org.cityreports.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The public page of one report, as a reader uses it. */
final class ReportPage {

    private final WebDriver driver;

    private ReportPage(WebDriver driver) {
        this.driver = driver;
    }

    static ReportPage open(WebDriver driver, String baseUrl, String city, int year) {
        driver.get(baseUrl + "cities/" + city + "/" + year);
        return new ReportPage(driver);
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    List<String> headlineLabels() {
        return driver.findElements(By.cssSelector(".headline-card dt")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The row of the first figure with this label. */
    FigureRow figure(String label) {
        WebElement row = driver.findElements(By.cssSelector("tr.figure")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + label));
        return new FigureRow(row);
    }

    ReportPage goToCity() {
        driver.findElement(By.cssSelector("nav.breadcrumb a:nth-of-type(2)")).click();
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    static final class FigureRow {
        private final WebElement row;

        private FigureRow(WebElement row) {
            this.row = row;
        }

        String value() {
            return row.findElement(By.cssSelector(".figure-value")).getText();
        }

        boolean sourceVisible() {
            return row.findElement(By.cssSelector(".figure-source q")).isDisplayed();
        }

        String showSource() {
            row.findElement(By.cssSelector(".figure-source summary")).click();
            return row.findElement(By.cssSelector(".figure-source q")).getText();
        }
    }
}
