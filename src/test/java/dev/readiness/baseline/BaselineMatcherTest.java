package dev.readiness.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.testing.SampleScan;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineMatcherTest {
  private static final CheckMetadata PORTS = SampleScan.meta("security.ports", "security", Severity.HIGH);
  private static final CheckMetadata RUNBOOK = SampleScan.meta("docs.runbook", "documentation", Severity.MEDIUM);
  private static final Finding DB = new Finding("db port published", "compose.yaml", 8, "service:db");
  private static final Finding CACHE = new Finding("cache port published", "compose.yaml", 14, "service:cache");

  @TempDir Path dir;

  private Fingerprints fp() { return new Fingerprints(new SourceLines(dir)); }

  private BaselineFile baselineOf(CheckResult... results) {
    return new BaselineRecorder(fp()).record(List.of(results), "0.1.0", null);
  }

  @Test
  void splitsNewFromBaselinedAndCountsFixed() {
    BaselineFile base = baselineOf(SampleScan.fail(PORTS, DB), SampleScan.fail(RUNBOOK));
    BaselineComparison c = new BaselineMatcher(fp()).compare(List.of(SampleScan.fail(PORTS, DB, CACHE),
        SampleScan.pass(RUNBOOK)), base, "base.json");
    assertEquals(List.of(CACHE), c.split("security.ports").fresh());
    assertEquals(List.of(DB), c.split("security.ports").baselined());
    assertFalse(c.split("security.ports").checkBaselined(), "it has a new finding");
    assertEquals(Set.of(), c.baselinedChecks());
    assertEquals(1, c.newCount());
    assertEquals(1, c.baselinedCount());
    assertEquals(1, c.fixedCount(), "the runbook check passes now");
    assertEquals("docs.runbook", c.fixed().get(0).checkId());
    assertEquals(2, c.entries());
  }

  @Test
  void aCheckWithOnlyBaselinedFindingsOrTheCheckItselfIsBaselined() {
    BaselineFile base = baselineOf(SampleScan.fail(PORTS, DB, CACHE), SampleScan.fail(RUNBOOK));
    BaselineComparison c = new BaselineMatcher(fp()).compare(List.of(SampleScan.fail(PORTS, DB),
        SampleScan.fail(RUNBOOK)), base, "base.json");
    assertEquals(Set.of("security.ports", "docs.runbook"), c.baselinedChecks());
    assertEquals(0, c.newCount());
    assertEquals(2, c.baselinedCount());
    assertEquals(List.of(new BaselineEntry("security.ports", "compose.yaml", "service:cache",
        fp().of("security.ports", CACHE), 1)), c.fixed());
  }

  @Test
  void eachEntryMatchesAsManyFindingsAsItsCount() {
    BaselineFile base = baselineOf(SampleScan.fail(PORTS, DB));
    BaselineComparison c = new BaselineMatcher(fp()).compare(List.of(SampleScan.fail(PORTS, DB, DB)), base, "b.json");
    assertEquals(1, c.split("security.ports").fresh().size(), "a second identical finding is new");
    assertEquals(1, c.split("security.ports").baselined().size());
    assertTrue(c.fixed().isEmpty());
  }

  @Test
  void aNewFailingCheckWithoutFindingsIsNew() {
    BaselineComparison c = new BaselineMatcher(fp()).compare(List.of(SampleScan.fail(RUNBOOK)), baselineOf(),
        "b.json");
    assertFalse(c.split("docs.runbook").checkBaselined());
    assertEquals(1, c.newCount());
    assertEquals(0, c.baselinedCount());
  }

  @Test
  void entriesOfChecksNotJudgedThisTimeAreNotFixed() {
    BaselineFile base = baselineOf(SampleScan.fail(PORTS, DB), SampleScan.fail(RUNBOOK));
    CheckResult errored = new CheckResult(RUNBOOK, dev.readiness.check.Status.ERROR, 0.0, List.of(), null, null, null,
        "budget exceeded");
    BaselineComparison onlyPorts = new BaselineMatcher(fp()).compare(List.of(SampleScan.fail(PORTS, DB)), base, "b");
    assertEquals(0, onlyPorts.fixedCount(), "docs.runbook did not run (--only security)");
    BaselineComparison withError = new BaselineMatcher(fp()).compare(List.of(SampleScan.pass(PORTS), errored), base, "b");
    assertEquals(List.of("security.ports"), withError.fixed().stream().map(BaselineEntry::checkId).toList(),
        "an errored check says nothing about its findings");
  }
}
