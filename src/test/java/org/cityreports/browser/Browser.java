package org.cityreports.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's headless Chromium and its driver (apt packages chromium and chromium-driver), or those the
 * build names with -Dbrowser.binary and -Dbrowser.driver; config/test/browser-check.sh installs
 * Debian's before the build compiles anything.
 */
final class Browser {

    private static final File CHROMIUM = new File(System.getProperty("browser.binary", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("browser.driver", "/usr/bin/chromedriver"));

    private Browser() {}

    /**
     * Saves what the browser shows as {@code name}.png in the screenshots folder ({@code
     * -Dscreenshots.dir}): the README's pictures of the staff screens are taken by the test run.
     */
    static void screenshot(WebDriver driver, String name) {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebDriver open(String language) {
        return open(language, null);
    }

    /** @param downloads where downloaded files go, without asking; null: the default */
    static WebDriver open(String language, java.nio.file.Path downloads) {
        if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM + " and its driver at "
                    + DRIVER + ": sudo apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, Object> prefs =
                new java.util.HashMap<>(java.util.Map.of("intl.accept_languages", language));
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
