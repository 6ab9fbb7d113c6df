package io.boto4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inbox page in a real headless Chromium (Debian's, located or installed by {@code scripts/browser}):
 * upload through the form, watch the row reach PROCESSED, download, delete. A screenshot lands in
 * {@code target/inbox-page.png}.
 */
final class InboxPage {
    private final InboxApp app;

    InboxPage(InboxApp app) {
        this.app = app;
    }

    void uploadSeeProcessedDownloadAndDelete() throws Exception {
        List<String> located = locateBrowser();
        Path downloads = Files.createTempDirectory("inbox-downloads");
        Path profile = Files.createTempDirectory("inbox-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(located.get(0));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(located.get(1))).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            // headless Chromium saves downloads only where DevTools says so; prefs alone are not enough
            browser.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", false));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.get(app.url("/"));
            assertThat(browser.getTitle()).contains("Document inbox");

            byte[] content = new byte[256 * 1024];
            new Random(7).nextBytes(content);
            Path file = Files.createTempDirectory("inbox-upload").resolve("from-the-browser.bin");
            Files.write(file, content);
            browser.findElement(By.id("file")).sendKeys(file.toString());
            browser.findElement(By.id("upload-button")).click();

            By row = By.xpath("//tr[td[@class='name' and text()='from-the-browser.bin']]");
            wait.until(d -> d.findElements(row).stream()
                    .anyMatch(r -> r.findElement(By.cssSelector(".status")).getText().equals("PROCESSED")));
            WebElement processed = browser.findElement(row);
            assertThat(processed.findElement(By.cssSelector("td.sha")).getText())
                    .isEqualTo(InboxEndToEndTest.sha256(content));
            assertThat(browser.findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("100");
            screenshot(browser);

            processed.findElement(By.cssSelector("a.download")).click();
            // DevTools-driven downloads are saved under the download's id, not the suggested name
            Path[] downloaded = new Path[1];
            try {
                wait.until(d -> (downloaded[0] = completeDownload(downloads, content.length)) != null);
            } catch (org.openqa.selenium.TimeoutException e) {
                try (var listing = Files.list(downloads)) {
                    throw new AssertionError("no complete download; the folder holds " + listing.toList()
                            + "; the page is at " + browser.getCurrentUrl(), e);
                }
            }
            assertThat(Files.readAllBytes(downloaded[0])).isEqualTo(content);

            browser.findElement(row).findElement(By.cssSelector("button.delete")).click();
            wait.until(d -> d.findElements(row).isEmpty());
        } finally {
            browser.quit();
        }
    }

    /** The one finished file in the folder with the expected size, or null while the download runs. */
    private static Path completeDownload(Path folder, long size) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .filter(f -> sizeOf(f) == size).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void screenshot(WebDriver browser) throws Exception {
        Path shot = Path.of("target", "inbox-page.png");
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** {@code scripts/browser}: the Chromium binary and its driver, installed from Debian's packages if missing. */
    private static List<String> locateBrowser() throws Exception {
        Path script = Path.of(System.getProperty("boto4j.scripts", "../scripts"), "browser");
        Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        if (p.waitFor() != 0 || lines.size() < 2) {
            throw new IllegalStateException("scripts/browser found no browser: " + lines);
        }
        return lines;
    }
}
