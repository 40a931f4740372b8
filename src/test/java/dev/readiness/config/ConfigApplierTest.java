package dev.readiness.config;

import static dev.readiness.testing.SampleScan.fail;
import static dev.readiness.testing.SampleScan.finding;
import static dev.readiness.testing.SampleScan.meta;
import static dev.readiness.testing.SampleScan.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckSelection;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigApplierTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final CheckMetadata NON_ROOT = meta("security.container.non-root", "security", Severity.HIGH);
  private static final CheckMetadata WAF = meta("security.network.waf", "security", Severity.LOW);
  private static final CheckMetadata README = meta("docs.readme", "documentation", Severity.MEDIUM);
  private static final List<String> IDS = List.of(NON_ROOT.id(), WAF.id(), README.id());

  private static CheckResult twoRootImages() {
    return fail(NON_ROOT, finding("runs as root", "tools/Dockerfile", 3, "stage:final"),
        finding("runs as root", "backend/Dockerfile", 9, "service:backend"));
  }

  private static AppliedResults apply(String yaml, List<CheckResult> raw, List<InlineSuppression> inline) {
    return new ConfigApplier(ConfigLoader.parse(yaml, ".readiness.yml"), CheckSelection.all(), TODAY).apply(raw, inline, IDS);
  }

  @Test
  void disabledChecksDisappearAndSeverityIsOverridden() {
    AppliedResults a = apply("checks:\n  docs.readme: {enabled: false}\n  security.network.waf: {severity: high}\n",
        List.of(pass(README), fail(WAF)), List.of());
    assertEquals(1, a.results().size());
    assertEquals(Severity.HIGH, a.results().get(0).metadata().severity());
  }

  @Test
  void onlyAndSkipTakeIdsAndPrefixes() {
    List<CheckResult> raw = List.of(pass(README), fail(WAF), twoRootImages());
    ReadinessConfig none = ReadinessConfig.empty();
    List<CheckResult> only = new ConfigApplier(none, new CheckSelection(Set.of("security"), Set.of()), TODAY)
        .apply(raw, List.of(), IDS).results();
    assertEquals(List.of(WAF.id(), NON_ROOT.id()), only.stream().map(r -> r.metadata().id()).toList());
    List<CheckResult> skipped = new ConfigApplier(none, new CheckSelection(Set.of(), Set.of("security.network.waf")), TODAY)
        .apply(raw, List.of(), IDS).results();
    assertEquals(List.of(README.id(), NON_ROOT.id()), skipped.stream().map(r -> r.metadata().id()).toList());
  }

  @Test
  void pathSuppressionRemovesOnlyTheMatchingFindings() {
    AppliedResults a = apply("suppressions:\n  - {id: security.container.non-root, path: \"tools/**\", reason: build only}\n",
        List.of(twoRootImages()), List.of());
    CheckResult r = a.results().get(0);
    assertEquals(Status.FAIL, r.status());
    assertEquals(1, r.findings().size());
    assertEquals("backend/Dockerfile", r.findings().get(0).file());
  }

  @Test
  void checkWhoseEveryFindingIsSuppressedBecomesSuppressed() {
    AppliedResults a = apply("suppressions:\n  - {id: security.container.non-root, path: \"**/Dockerfile\", reason: ok, expires: 2027-01-01}\n",
        List.of(twoRootImages()), List.of());
    CheckResult r = a.results().get(0);
    assertEquals(Status.SUPPRESSED, r.status());
    assertNull(r.score());
    assertEquals("ok", r.suppression().reason());
    assertEquals(LocalDate.of(2027, 1, 1), r.suppression().expires());
    assertEquals(".readiness.yml:2", r.suppression().source());
    assertEquals(2, r.findings().size(), "suppressed findings stay visible");
  }

  @Test
  void suppressionWithoutPathCoversTheWholeCheckEvenWithoutFindings() {
    AppliedResults a = apply("suppressions:\n  - {id: security.network.waf, reason: the CDN rate-limits}\n",
        List.of(fail(WAF)), List.of());
    assertEquals(Status.SUPPRESSED, a.results().get(0).status());
  }

  @Test
  void expiredAndReasonlessSuppressionsAreReportedAndNotApplied() {
    AppliedResults a = apply(String.join("\n", "suppressions:",
        "  - {id: security.network.waf, reason: old, expires: 2026-11-24}",
        "  - {id: security.container.non-root}", ""), List.of(fail(WAF), twoRootImages()), List.of());
    assertEquals(Status.FAIL, a.results().get(0).status());
    assertEquals(Status.FAIL, a.results().get(1).status());
    assertEquals(2, a.diagnostics().size());
    assertEquals("suppression of security.network.waf expired on 2026-11-24; not applied", a.diagnostics().get(0).message());
    assertEquals(2, a.diagnostics().get(0).line());
    assertEquals("suppression of security.container.non-root has no reason; not applied", a.diagnostics().get(1).message());
  }

  @Test
  void suppressionExpiringTodayStillApplies() {
    AppliedResults a = apply("suppressions:\n  - {id: security.network.waf, reason: r, expires: 2026-11-25}\n",
        List.of(fail(WAF)), List.of());
    assertEquals(Status.SUPPRESSED, a.results().get(0).status());
  }

  @Test
  void inlineSuppressionCoversTheFindingOnItsLine() {
    InlineSuppression comment = new InlineSuppression("backend/Dockerfile", 8, NON_ROOT.id(), "needs port 80", 9);
    AppliedResults a = apply("", List.of(twoRootImages()), List.of(comment));
    CheckResult r = a.results().get(0);
    assertEquals(Status.FAIL, r.status());
    assertEquals(List.of("tools/Dockerfile"), r.findings().stream().map(f -> f.file()).toList());

    InlineSuppression elsewhere = new InlineSuppression("backend/Dockerfile", 1, NON_ROOT.id(), "x", 2);
    assertEquals(2, apply("", List.of(twoRootImages()), List.of(elsewhere)).results().get(0).findings().size());
  }

  @Test
  void inlineSuppressionProblemsAreDiagnostics() {
    AppliedResults a = apply("", List.of(twoRootImages()), List.of(
        new InlineSuppression("a/Dockerfile", 3, "no.such.check", "r", 4),
        new InlineSuppression("backend/Dockerfile", 9, NON_ROOT.id(), " ", 9)));
    assertEquals(2, a.diagnostics().size());
    assertTrue(a.diagnostics().get(0).message().contains("unknown check ID 'no.such.check'"));
    assertEquals("a/Dockerfile", a.diagnostics().get(0).file());
    assertTrue(a.diagnostics().get(1).message().contains("has no reason"));
    assertEquals(2, a.results().get(0).findings().size());
  }

  @Test
  void staleSuppressionsAreReportedAsInfo() {
    AppliedResults a = apply("suppressions:\n  - {id: docs.readme, reason: no longer needed}\n", List.of(pass(README)),
        List.of());
    assertEquals(1, a.diagnostics().size());
    assertEquals("info", a.diagnostics().get(0).level());
    assertEquals("suppression of docs.readme matched no finding; it can be removed", a.diagnostics().get(0).message());
    // a suppression of a check that was not run (--only/--skip, disabled) is not stale
    assertEquals(0, apply("suppressions:\n  - {id: security.network.waf, reason: r}\n", List.of(pass(README)), List.of())
        .diagnostics().size());
  }

  @Test
  void countingCheckIsRescoredWhenSomeItemsAreSuppressed() {
    CheckResult counting = new CheckResult(NON_ROOT, Status.WARN, 3.3, List.of(
        finding("root", "a/Dockerfile", 1, null), finding("root", "b/Dockerfile", 1, null)), 1, 3, null, null);
    AppliedResults a = apply("suppressions:\n  - {id: security.container.non-root, path: a/Dockerfile, reason: r}\n",
        List.of(counting), List.of());
    CheckResult r = a.results().get(0);
    assertEquals(Status.WARN, r.status());
    assertEquals(2, r.passing());
    assertEquals(6.7, r.score());
  }
}
