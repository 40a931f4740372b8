package dev.readiness.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The fleet dashboard in headless Chromium: what a reader sees (every repository, its level, the blocked list, the
 * trend line), that links resolve to the reports, and that the page loads nothing from anywhere. Saves a screenshot
 * to target/browser/fleet.png. Skips without Chromium and chromedriver.
 */
class FleetDashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;

  @Test
  void aReaderSeesEveryRepositoryTheBlockedOnesAndTrends() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: headless Chromium not installed (apt-get install chromium chromium-driver)");
    FleetTestData.report(dir.resolve("r/shop-1"), "shop", "2026-11-01T00:00:00Z", 3.5, "fail", "fail",
        "security.secrets.committed");
    FleetTestData.report(dir.resolve("r/shop-2"), "shop", "2026-12-01T00:00:00Z", 5.5, "fail", "pass",
        "security.secrets.committed");
    FleetTestData.report(dir.resolve("r/blog"), "blog", "2026-12-01T00:00:00Z", 8.4, "pass", "pass");
    Files.writeString(dir.resolve("r/blog/readiness.html"), "<!DOCTYPE html><title>blog report</title>");
    Path page = dir.resolve("fleet.html");
    Files.writeString(page, new FleetDashboard(new FleetSummary(new ReportReader().read(List.of(dir.resolve("r"))),
        new Levels(Levels.DEFAULTS)), "2026-12-05T00:00:00Z", "0.1.0").html(dir));

    Path profile = Files.createTempDirectory("readiness-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1600");
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.get(page.toUri().toString());
      assertEquals("Readiness fleet: 2 repositories", driver.getTitle());
      String text = driver.findElement(By.tagName("body")).getText();
      assertTrue(text.contains("Blocked by critical failures (1)"), text);
      assertTrue(text.contains("security.secrets.committed"), text);
      List<WebElement> sparklines = driver.findElements(By.cssSelector("svg.spark polyline"));
      assertEquals(1, sparklines.size(), "shop has two scans, blog one");
      Object resources = ((JavascriptExecutor) driver)
          .executeScript("return performance.getEntriesByType('resource').length");
      assertEquals(0L, resources, "the page loads nothing");
      Path shot = Files.createDirectories(Path.of("target", "browser")).resolve("fleet.png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
      driver.findElement(By.linkText("blog")).click();
      assertEquals("blog report", driver.getTitle(), "the link opens the repository's report");
    } finally {
      driver.quit();
      service.stop();
    }
  }
}
