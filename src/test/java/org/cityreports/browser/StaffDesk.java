package org.cityreports.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.time.Duration;

/**
 * The staff area as a person at a desk uses it in the browser: go to a page, type into labelled
 * fields, choose options, press buttons and links by their visible text.
 */
final class StaffDesk {

    private final WebDriver driver;
    private final String base;

    StaffDesk(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    StaffDesk go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Types into the field labelled so (its id is its name), replacing what was there. */
    StaffDesk type(String field, String text) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    StaffDesk choose(String field, String visibleText) {
        driver.findElement(By.xpath("//select[@id='" + field + "']/option[normalize-space(.)='" + visibleText + "']"))
                .click();
        return this;
    }

    StaffDesk tick(String visibleText) {
        driver.findElement(By.xpath("//label[normalize-space(.)='" + visibleText + "']/input"))
                .click();
        return this;
    }

    StaffDesk press(String buttonText) {
        return andWaitForTheNextPage(driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']")));
    }

    /** Presses a button a script answers on the page itself (a filter, "tick all"): no page to wait for. */
    StaffDesk pressOnPage(String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']"))
                .click();
        return this;
    }

    StaffDesk follow(String linkText) {
        return andWaitForTheNextPage(driver.findElement(By.linkText(linkText)));
    }

    /**
     * Clicks and waits until the browser has left the page: a click returns before the form's
     * response has arrived, and going elsewhere at once would cancel it.
     */
    private StaffDesk andWaitForTheNextPage(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                page.isEnabled();
            } catch (StaleElementReferenceException left) {
                return this;
            } catch (WebDriverException left) {
                // newer chromedrivers: "Node with given id does not belong to the document"
                if (!String.valueOf(left.getMessage()).contains("does not belong to the document")) {
                    throw left;
                }
                return this;
            }
            sleep();
        }
        throw new IllegalStateException("Still on " + driver.getCurrentUrl() + " after clicking");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a link inside the section headed so: its own "add a figure" rather than another's. */
    StaffDesk followInSection(String heading, String linkText) {
        return andWaitForTheNextPage(driver.findElement(By.xpath(
                "//section[h3[normalize-space(.)='" + heading + "']]//a[normalize-space(.)='" + linkText + "']")));
    }

    StaffDesk signIn(String username, String password) {
        go("/staff/login").type("username", username).type("password", password);
        return press("登录");
    }

    /** A first sign-in: the one-time password, then the page that makes it a password of one's own. */
    StaffDesk signInFirstTime(String username, String oneTimePassword, String chosen) {
        signIn(username, oneTimePassword);
        return type("current", oneTimePassword)
                .type("password", chosen)
                .type("confirmation", chosen)
                .press("保存新密码");
    }

    StaffDesk signOut() {
        return press("退出");
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String textOf(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** The messages shown next to a field after a refused save. */
    String errorsOf(String field) {
        return driver.findElement(By.id(field + "-errors")).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }
}
