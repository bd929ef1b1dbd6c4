package org.cityreports.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code bench/extraction-screen}: 300 candidates on the extraction screen of a running server, in
 * Chromium at 1366×768. Prints, per run, how long after the click the rows are all there, the
 * server's and the browser's share, the first paint, a keystroke's time through WebDriver (its
 * round trip included) and the keys the browser itself took longer than 16 ms to answer (Event
 * Timing: from the key press to the next paint). The first run is cold, later ones warmer.
 *
 * <p>Arguments: the server's address, the admin's password, the id of a draft report.
 */
public final class ExtractionScreenBench {

    private ExtractionScreenBench() {}

    public static void main(String[] a) throws InterruptedException {
        WebDriver d = Browser.open("zh-CN");
        d.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        JavascriptExecutor js = (JavascriptExecutor) d;
        try {
            d.get(a[0] + "/staff/login");
            d.findElement(By.name("username")).sendKeys("admin");
            d.findElement(By.name("password")).sendKeys(a[1]);
            d.findElement(By.cssSelector("main form button")).click();
            Thread.sleep(500);
            d.get(a[0] + "/staff/reports/" + a[2] + "/extract");
            StringBuilder text = new StringBuilder("一、2023年工作回顾\n");
            for (int i = 0; i < 150; i++) {
                text.append("第")
                        .append(i + 1)
                        .append("项指标实现")
                        .append(100 + i)
                        .append(".5亿元,增长")
                        .append(i % 9 + 1)
                        .append(".2%,新增就业")
                        .append(i + 3)
                        .append(".1万人。\n");
            }
            for (int run = 0; run < 5; run++) {
                d.get(a[0] + "/staff/reports/" + a[2] + "/extract");
                js.executeScript("arguments[0].value = arguments[1];", d.findElement(By.id("text")), text.toString());
                long start = System.nanoTime();
                d.findElement(By.xpath("//button[normalize-space(.)='找出数据']")).click();
                while (!js.executeScript(
                                "return document.readyState === 'complete' && document.querySelectorAll('tr.candidate').length > 0")
                        .equals(Boolean.TRUE)) {
                    Thread.sleep(10);
                }
                long shown = (System.nanoTime() - start) / 1_000_000;
                Object rows = js.executeScript("return document.querySelectorAll('tr.candidate').length");
                Object nav = js.executeScript(
                        "var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.responseEnd - t.requestStart) + ' ms server+transfer, ' + Math.round(t.domContentLoadedEventEnd - t.responseEnd) + ' ms to parse and run scripts, ' + Math.round(t.loadEventEnd - t.startTime) + ' ms to load, first paint at ' + Math.round(performance.getEntriesByType('paint').filter(function (p) { return p.name === 'first-contentful-paint'; })[0].startTime) + ' ms, ' + t.transferSize + ' bytes'");
                WebElement f = d.findElement(By.id("r150-label"));
                // the browser's own measure of a key: from the key press to the next frame painted
                js.executeScript("window.keyTimes = []; new PerformanceObserver(function (l) {"
                        + " l.getEntries().forEach(function (e) { if (e.name === 'keydown') keyTimes.push(e.duration); });"
                        + " }).observe({type: 'event', durationThreshold: 16, buffered: false});");
                long k0 = System.nanoTime();
                for (int i = 0; i < 20; i++) f.sendKeys("字");
                long perKey = (System.nanoTime() - k0) / 20 / 1_000_000;
                Thread.sleep(300);
                Object keys = js.executeScript(
                        "var t = keyTimes.slice().sort(function (a, b) { return a - b; });"
                                + " return t.length + ' of 20 keys over 16 ms' + (t.length ? ', the slowest ' + t[t.length - 1] + ' ms' : '')");
                System.out.println("run " + run + ": " + rows + " rows shown " + shown + " ms after the click (" + nav
                        + "); typing " + perKey + " ms a key through WebDriver, " + keys);
            }
        } finally {
            d.quit();
        }
    }
}
