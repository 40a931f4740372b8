package dev.readiness.fleet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetSummaryTest {
  @TempDir Path dir;

  private List<ScanSummary> fleet() throws Exception {
    FleetTestData.report(dir.resolve("a/1"), "alpha", "2026-11-01T00:00:00Z", 4.0, "fail", "pass",
        "security.secrets.committed");
    FleetTestData.report(dir.resolve("a/2"), "alpha", "2026-12-01T00:00:00Z", 6.0, "fail", "pass",
        "security.secrets.committed");
    FleetTestData.report(dir.resolve("b"), "beta", "2026-12-01T00:00:00Z", 8.5, "pass", "pass");
    FleetTestData.report(dir.resolve("c"), "gamma", "2026-12-01T00:00:00Z", 6.7, "pass", "fail");
    Files.writeString(dir.resolve("other.json"), "{\"not\":\"a report\"}");
    ReportReader reader = new ReportReader();
    List<ScanSummary> scans = reader.read(List.of(dir));
    assertTrue(reader.problems().isEmpty(), "unnamed non-report JSON in a directory is skipped quietly");
    return scans;
  }

  @Test
  void latestScanPerRepositoryWithEarlierOnesAsTrend() throws Exception {
    FleetSummary f = new FleetSummary(fleet(), new Levels(Levels.DEFAULTS));
    assertEquals(List.of("alpha", "beta", "gamma"), f.repos().stream().map(r -> r.latest().name()).toList());
    FleetSummary.Repo alpha = f.repos().get(0);
    assertEquals(6.0, alpha.latest().overall());
    assertEquals(List.of(4.0, 6.0), alpha.trend().stream().map(FleetSummary.TrendPoint::overall).toList());
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 0}, f.distribution());
  }

  @Test
  void levelsFollowTheLadderAndBlockersKeepGoldAway() throws Exception {
    FleetSummary f = new FleetSummary(fleet(), new Levels(Levels.DEFAULTS));
    assertEquals(List.of("bronze", "gold", "silver"), f.repos().stream().map(FleetSummary.Repo::level).toList());
    assertEquals(Map.of("gold", 1, "silver", 1, "bronze", 1, "none", 0), f.levelCounts());
    Levels strict = new Levels(List.of(new Levels.Level("gold", 9, true)));
    assertNull(strict.of(f.repos().get(1).latest()), "8.5 is below a gold of 9");
  }

  @Test
  void checkPassRatesCountOnlyWhereTheCheckApplied() throws Exception {
    FleetSummary f = new FleetSummary(fleet(), new Levels(Levels.DEFAULTS));
    Map<String, FleetSummary.CheckFigures> byId = new java.util.HashMap<>();
    f.checks().forEach(c -> byId.put(c.id(), c));
    assertEquals(2.0 / 3, byId.get("security.secrets.committed").passRate(), 1e-9);
    assertEquals(2.0 / 3, byId.get("automation.ci.tests").passRate(), 1e-9);
    assertNull(byId.get("docs.readme").passRate(), "n/a everywhere: never applied");
    assertEquals("docs.readme", f.checks().get(f.checks().size() - 1).id(), "never-applied checks sort last");
  }

  @Test
  void blockedListsOnlyFailingCriticalChecks() throws Exception {
    FleetSummary f = new FleetSummary(fleet(), new Levels(Levels.DEFAULTS));
    assertEquals(List.of("alpha"), f.blocked().stream().map(r -> r.latest().name()).toList());
    assertEquals(List.of("security.secrets.committed"), f.blocked().get(0).latest().criticalFailures());
  }

  @Test
  void areasSkipUnscoredValues() throws Exception {
    FleetSummary f = new FleetSummary(fleet(), new Levels(Levels.DEFAULTS));
    FleetSummary.AreaFigures monitoring = f.areas().stream().filter(a -> a.area().equals("monitoring")).findFirst()
        .orElseThrow();
    assertEquals(0, monitoring.scored());
    FleetSummary.AreaFigures overall = f.areas().stream().filter(a -> a.area().equals("overall")).findFirst()
        .orElseThrow();
    assertEquals(6.7, overall.median());
    assertEquals(6.0, overall.min());
  }

  @Test
  void namedFilesThatAreNotReportsAreProblems() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{ not json");
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{}");
    ReportReader reader = new ReportReader();
    assertTrue(reader.read(List.of(bad, other, dir.resolve("missing.json"))).isEmpty());
    assertEquals(3, reader.problems().size());
    assertTrue(reader.problems().get(0).contains("bad.json: not valid JSON"), reader.problems().get(0));
    assertFalse(reader.problems().get(1).isEmpty());
  }

  @Test
  void sourcesGetUniqueSafeNames() {
    List<FleetSource> s = FleetSource.resolve(List.of("https://github.com/acme/shop.git", "git@github.com:other/shop",
        "../work/My Repo/", "file:///srv/x"), Path.of("/base"), Path.of("/cache"));
    assertEquals(List.of("shop", "shop-2", "my-repo", "x"), s.stream().map(FleetSource::name).toList());
    assertEquals(Path.of("/cache/shop"), s.get(0).local());
    assertNull(s.get(2).gitUrl());
    assertEquals(Path.of("/work/My Repo"), s.get(2).local());
  }
}
