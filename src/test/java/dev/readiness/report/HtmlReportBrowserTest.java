package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.testing.SampleScan;
import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the HTML report in headless Chromium (Debian's chromium + chromium-driver) and checks what a
 * reader sees: verdict, every category score, every check, filtering, expanding, and that the page
 * makes no request. Saves screenshots under target/. Skips when Chromium or chromedriver is absent.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver driver;
  private static ChromeDriverService service;
  private static Path profile;
  private static Report report;

  @BeforeAll
  static void open() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: headless Chromium not installed (apt-get install chromium chromium-driver)");
    report = SampleScan.report();
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    Path html = dir.resolve("readiness.html");
    try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      new HtmlReportWriter(new Templates()).write(report, w);
    }
    profile = Files.createTempDirectory("readiness-chromium-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1280,2200", "--hide-scrollbars");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    driver.get(html.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) driver.quit();
    if (service != null) service.stop();
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void showsVerdictScoresAndEveryCheck() throws Exception {
    resetFilters();
    assertEquals("NOT Production Ready (incomplete: 1 check could not be judged)", driver.findElement(By.id("verdict")).getText());
    assertEquals("4.3", driver.findElement(By.id("overall-score")).getText());
    for (Map.Entry<String, Double> e : report.scores().entrySet()) {
      if (e.getKey().equals("overall")) continue;
      WebElement bar = driver.findElement(By.cssSelector(".category-score[data-category='" + e.getKey() + "'] .value"));
      assertEquals(ReportView.fmt(e.getValue()), bar.getText(), e.getKey());
      assertTrue(bar.isDisplayed());
    }
    for (Report.Check c : report.checks()) {
      WebElement el = driver.findElement(By.cssSelector("[data-check-id='" + c.id() + "']"));
      assertTrue(el.isDisplayed(), c.id());
      assertTrue(el.getText().contains(c.title()), c.id());
    }
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "readiness-report.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void filtersHideWhatTheyShould() throws Exception {
    resetFilters();
    driver.findElement(By.cssSelector("button[data-filter='status'][data-value='fail']")).click();
    List<WebElement> visible = visibleChecks();
    assertEquals(report.checks().stream().filter(c -> c.status().equals("fail")).count(), visible.size());
    for (WebElement v : visible) assertEquals("fail", v.getAttribute("data-status"));
    assertEquals(visible.size() + " of " + report.checks().size() + " checks", driver.findElement(By.id("shown-count")).getText());
    assertFalse(driver.findElement(By.cssSelector("[data-check-id='docs.readme']")).isDisplayed());

    driver.findElement(By.cssSelector("button[data-filter='category'][data-value='security']")).click();
    assertEquals(List.of("security.container.non-root"),
        visibleChecks().stream().map(e -> e.getAttribute("data-check-id")).toList());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "readiness-report-filtered.png"),
        StandardCopyOption.REPLACE_EXISTING);

    driver.findElement(By.cssSelector(".category-score[data-category='documentation']")).click();
    List<String> docs = visibleChecks().stream().map(e -> e.getAttribute("data-check-id")).toList();
    assertEquals(List.of("docs.runbook"), docs, "area bar filters by area, status filter stays");
  }

  @Test
  void findingsExpand() {
    resetFilters();
    WebElement metrics = driver.findElement(By.cssSelector("[data-check-id='monitoring.metrics']"));
    assertNull(metrics.getAttribute("open"), "partial checks start collapsed");
    WebElement finding = metrics.findElement(By.cssSelector(".findings li"));
    assertFalse(finding.isDisplayed());
    metrics.findElement(By.tagName("summary")).click();
    assertTrue(finding.isDisplayed());
    assertTrue(finding.getText().contains("backend/app/main.py:40"));
    assertTrue(finding.getText().contains("<script>alert(1)</script>"), "shown as text, not executed");
    assertNotNull(driver.findElement(By.cssSelector("[data-check-id='automation.ci.deploy']")).getAttribute("open"),
        "failing checks start expanded");
  }

  @Test
  void noRequestLeavesThePage() {
    JavascriptExecutor js = driver;
    assertEquals(0L, js.executeScript("return performance.getEntriesByType('resource').length"),
        "the report loads nothing besides itself");
    // The CSP blocks loads even if something tried: an injected image fires a violation instead of a request.
    Object violation = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "document.addEventListener('securitypolicyviolation', function (e) { done(e.effectiveDirective); });"
            + "var img = document.createElement('img'); img.src = 'http://127.0.0.1:9/probe.png';"
            + "document.body.appendChild(img);"
            + "setTimeout(function () { done('no violation'); }, 3000);");
    assertEquals("img-src", violation);
    assertEquals(0L, js.executeScript("return performance.getEntriesByType('resource')"
        + ".filter(function (e) { return e.name.indexOf('http') === 0 && e.responseEnd > 0 && e.transferSize > 0; }).length"));
  }

  /** At a phone's 420 px nothing is wider than the page: long IDs, paths and commands wrap. */
  @Test
  void fitsA420PixelScreen() throws Exception {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 420, "height", 1600, "deviceScaleFactor", 1, "mobile", false));
    try {
      driver.navigate().refresh();
      JavascriptExecutor js = driver;
      assertEquals(420L, js.executeScript("return window.innerWidth"));
      Object wider = js.executeScript("var out = [];"
          + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
          + "  if (r.width > 0 && r.right > window.innerWidth + 0.5) out.push(e.tagName + ' ' + e.className + ': ' + e.textContent.slice(0, 60)); });"
          + "return out;");
      assertEquals(List.of(), wider, "elements reaching past the right edge at 420 px");
      assertTrue((Long) js.executeScript("return document.documentElement.scrollWidth") <= 420L, "no horizontal scrolling");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "readiness-report-420.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.navigate().refresh();
    }
  }

  private static void resetFilters() {
    driver.findElement(By.cssSelector("button[data-filter='category'][data-value='']")).click();
    driver.findElement(By.cssSelector("button[data-filter='status'][data-value='']")).click();
  }

  private static List<WebElement> visibleChecks() {
    return driver.findElements(By.cssSelector("#checks .check")).stream().filter(WebElement::isDisplayed).toList();
  }
}
