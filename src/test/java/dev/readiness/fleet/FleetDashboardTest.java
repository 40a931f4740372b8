package dev.readiness.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetDashboardTest {
  @TempDir Path dir;

  @Test
  void pageIsSelfContainedEscapedAndLinksEachReport() throws Exception {
    Path evil = dir.resolve("reports/evil repo");
    FleetTestData.report(evil, "<script>alert(1)</script>", "2026-12-01T00:00:00Z", 3.0, "fail", "fail",
        "security.secrets.committed");
    Files.writeString(evil.resolve("readiness.html"), "<html></html>");
    FleetTestData.report(dir.resolve("reports/fine"), "fine", "2026-12-01T00:00:00Z", 9.0, "pass", "pass");
    List<ScanSummary> scans = new ReportReader().read(List.of(dir.resolve("reports")));
    FleetDashboard dash = new FleetDashboard(new FleetSummary(scans, new Levels(Levels.DEFAULTS)),
        "2026-12-05T00:00:00Z", "0.1.0");
    String html = dash.html(dir);
    assertFalse(html.contains("<script>alert(1)"), "a scanned repository name is escaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("default-src 'none'"), "the CSP forbids outside loads");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no external resource");
    assertTrue(html.contains("href=\"reports/evil%20repo/readiness.html\""), "links are relative and encoded");
    assertTrue(html.contains("href=\"reports/fine/readiness.json\""), "JSON when there is no HTML beside it");
    assertTrue(html.contains("Blocked by critical failures (1)"));

    JsonNode json = new ObjectMapper().readTree(dash.json(dir));
    assertEquals(2, json.path("repositoryCount").asInt());
    assertEquals("gold", json.path("repositories").get(1).path("level").asText());
    assertEquals(1, json.path("blocked").size());
  }

  @Test
  void sparklineScalesScoresIntoTheBox() {
    assertEquals("", FleetDashboard.sparkline(List.of(new FleetSummary.TrendPoint("t", 5.0))));
    assertEquals("0.0,24.0 50.0,12.0 100.0,0.0", FleetDashboard.sparkline(List.of(
        new FleetSummary.TrendPoint("a", 0.0), new FleetSummary.TrendPoint("b", 5.0),
        new FleetSummary.TrendPoint("c", 10.0))));
  }
}
