package dev.readiness.score;

import static dev.readiness.testing.SampleScan.fail;
import static dev.readiness.testing.SampleScan.meta;
import static dev.readiness.testing.SampleScan.na;
import static dev.readiness.testing.SampleScan.pass;
import static dev.readiness.testing.SampleScan.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.check.Suppression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer();

  private static CheckResult sec(String name, Severity s, Status status, Double score) {
    return result(meta("security." + name, "security", s), status, score);
  }

  @Test
  void categoryIsTheSeverityWeightedMean() {
    // critical pass 10 (w10), high fail 0 (w7.5), medium warn 5 (w5), low n/a: (100 + 0 + 25) / 22.5 = 5.555… -> 5.6
    List<CheckResult> r = List.of(sec("a", Severity.CRITICAL, Status.PASS, 10.0), sec("b", Severity.HIGH, Status.FAIL, 0.0),
        sec("c", Severity.MEDIUM, Status.WARN, 5.0), sec("d", Severity.LOW, Status.NOT_APPLICABLE, null));
    Scorecard card = scorer.score(r);
    assertEquals(5.6, card.categories().get("security"));
    assertEquals(5.6, card.overall());
    assertNull(card.categories().get("automation"));
  }

  @Test
  void proportionalScoresAndErrorsCountWithTheirWeight() {
    // high 6.7 (2 of 3 pass, w7.5) + low error 0 (w2.5): 50.25 / 10 = 5.025 -> 5.0
    CheckResult counting = new CheckResult(meta("infra.x", "infrastructure", Severity.HIGH), Status.WARN, 6.7, List.of(),
        2, 3, null, null);
    CheckResult error = result(meta("infra.y", "infrastructure", Severity.LOW), Status.ERROR, null);
    assertEquals(5.0, scorer.score(List.of(counting, error)).categories().get("infrastructure"));
  }

  @Test
  void suppressedAndNotApplicableChecksAreLeftOut() {
    CheckResult suppressed = new CheckResult(meta("docs.a", "documentation", Severity.CRITICAL), Status.SUPPRESSED, null,
        List.of(), null, null, new Suppression("r", null, "x:1"), null);
    List<CheckResult> r = List.of(suppressed, na(meta("docs.b", "documentation", Severity.HIGH)),
        pass(meta("docs.c", "documentation", Severity.LOW)));
    assertEquals(10.0, scorer.score(r).categories().get("documentation"));
    assertEquals(List.of(), scorer.score(r).verdict().blockers());
  }

  @Test
  void overallIsTheMeanOfApplicableCategoriesRoundedHalfUp() {
    // infrastructure 8.0, automation 8.5 (high 10 + low... see below), security n/a: (8.0 + 8.5) / 2 = 8.25 -> 8.3
    List<CheckResult> r = new ArrayList<>();
    r.add(result(meta("infra.a", "infrastructure", Severity.MEDIUM), Status.WARN, 8.0));
    r.add(result(meta("automation.a", "automation", Severity.MEDIUM), Status.WARN, 8.5));
    r.add(na(meta("security.a", "security", Severity.HIGH)));
    Scorecard card = scorer.score(r);
    assertEquals(8.0, card.categories().get("infrastructure"));
    assertEquals(8.5, card.categories().get("automation"));
    assertEquals(8.3, card.overall());
  }

  @Test
  void seedLikeBreakdown() {
    // The seed audit's table: 6 / 3 / 4 / 3 / 5 -> overall 21 / 5 = 4.2
    List<CheckResult> r = List.of(
        result(meta("infrastructure.a", "infrastructure", Severity.HIGH), Status.WARN, 6.0),
        result(meta("automation.a", "automation", Severity.HIGH), Status.WARN, 3.0),
        result(meta("security.a", "security", Severity.HIGH), Status.WARN, 4.0),
        result(meta("monitoring.a", "monitoring", Severity.HIGH), Status.WARN, 3.0),
        result(meta("documentation.a", "documentation", Severity.HIGH), Status.WARN, 5.0));
    Scorecard card = scorer.score(r);
    assertEquals(4.2, card.overall());
    assertEquals(Verdict.NOT_READY, card.verdict().level());
    assertEquals("NOT Production Ready", card.verdict().label());
  }

  @Test
  void customChecksAreNotScoredButDeclaredCategoriesAre() {
    List<CheckResult> r = List.of(fail(meta("main.deny", "custom", Severity.MEDIUM)),
        pass(meta("compliance.x", "compliance", Severity.LOW)), pass(meta("docs.a", "documentation", Severity.LOW)));
    Scorecard card = scorer.score(r);
    assertFalse(card.categories().containsKey("custom"));
    assertEquals(10.0, card.categories().get("compliance"));
    assertEquals(List.of("infrastructure", "automation", "security", "monitoring", "documentation", "compliance"),
        List.copyOf(card.categories().keySet()));
    assertEquals(10.0, card.overall());
  }

  @Test
  void noApplicableCheckMeansNoScoreAndNotReady() {
    Scorecard card = scorer.score(List.of(na(meta("docs.a", "documentation", Severity.LOW))));
    assertNull(card.overall());
    assertEquals(Verdict.NOT_READY, card.verdict().level());
  }

  @Test
  void verdictLevels() {
    assertEquals(Verdict.READY, scorer.score(List.of(warn(8.0))).verdict().level());
    assertEquals(Verdict.CAVEATS, scorer.score(List.of(warn(7.9))).verdict().level());
    assertEquals(Verdict.CAVEATS, scorer.score(List.of(warn(6.0))).verdict().level());
    assertEquals(Verdict.NOT_READY, scorer.score(List.of(warn(5.9))).verdict().level());
    // a high fail among 7 critical passes: (0 x 7.5 + 7 x 10 x 10) / 77.5 = 9.03 -> 9.0, but not "ready"
    Scorecard high = scorer.score(withFailure(Severity.HIGH, 7));
    assertEquals(9.0, high.overall());
    assertEquals(Verdict.CAVEATS, high.verdict().level());
    assertEquals(List.of("security.failing"), high.verdict().blockers());
    // a critical fail among 9 critical passes: 900 / 100 = 9.0, and still "not ready"
    Scorecard critical = scorer.score(withFailure(Severity.CRITICAL, 9));
    assertEquals(9.0, critical.overall());
    assertEquals(Verdict.NOT_READY, critical.verdict().level());
    // a medium fail does not block: (0 x 5 + 10 x 10) / 15 = 6.7
    Scorecard medium = scorer.score(withFailure(Severity.MEDIUM, 1));
    assertEquals(6.7, medium.overall());
    assertEquals(Verdict.CAVEATS, medium.verdict().level());
    assertEquals(List.of(), medium.verdict().blockers());
  }

  private static CheckResult warn(double score) {
    return result(meta("docs.score", "documentation", Severity.MEDIUM), Status.WARN, score);
  }

  private static List<CheckResult> withFailure(Severity severity, int criticalPasses) {
    List<CheckResult> r = new ArrayList<>();
    r.add(fail(meta("security.failing", "security", severity)));
    for (int i = 0; i < criticalPasses; i++) r.add(pass(meta("security.ok" + i, "security", Severity.CRITICAL)));
    return r;
  }

  @Test
  void blockersAreFailingCriticalAndHighChecks() {
    List<CheckResult> r = List.of(fail(meta("security.crit", "security", Severity.CRITICAL)),
        fail(meta("automation.high", "automation", Severity.HIGH)), fail(meta("docs.med", "documentation", Severity.MEDIUM)),
        result(meta("infra.warnhigh", "infrastructure", Severity.HIGH), Status.WARN, 5.0));
    assertEquals(List.of("security.crit", "automation.high"), scorer.score(r).verdict().blockers());
  }

  @Test
  void gapsByPriorityWithPartialsAfterFailuresAndPhasedPlan() {
    CheckMetadata fixable = meta("automation.ci.deploy", "Deploys", "automation", Severity.HIGH, "Add a deploy workflow.", true);
    CheckMetadata manual = meta("infra.proxy", "Proxy", "infrastructure", Severity.MEDIUM, null, false);
    List<CheckResult> r = List.of(
        result(meta("infra.partial", "infrastructure", Severity.CRITICAL), Status.WARN, 5.0),
        fail(fixable), fail(manual), fail(meta("docs.low", "documentation", Severity.LOW)),
        pass(meta("docs.ok", "documentation", Severity.HIGH)));
    Scorecard card = scorer.score(r);
    assertEquals(List.of("infra.partial", "automation.ci.deploy"), card.gaps().high().stream().map(Gap::checkId).toList());
    assertTrue(card.gaps().high().get(0).partial());
    assertFalse(card.gaps().high().get(1).partial());
    assertEquals(List.of("infra.proxy"), card.gaps().medium().stream().map(Gap::checkId).toList());
    assertEquals(List.of("docs.low"), card.gaps().low().stream().map(Gap::checkId).toList());
    Recommendation deploy = card.recommendations().immediate().get(1);
    assertEquals("Add a deploy workflow.", deploy.action());
    assertEquals("readiness fix --only automation.ci.deploy", deploy.fix());
    Recommendation proxy = card.recommendations().shortTerm().get(0);
    assertEquals("Proxy", proxy.action(), "falls back to the title without a remediation");
    assertNull(proxy.fix());
    assertEquals(1, card.recommendations().mediumTerm().size());
  }

  @Test
  void aCheckThatCouldNotBeJudgedMakesTheVerdictIncompleteAndNeverReady() {
    List<CheckResult> r = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      r.add(sec("ok" + i, Severity.HIGH, Status.PASS, 10.0));
      r.add(result(meta("infra.ok" + i, "infrastructure", Severity.LOW), Status.PASS, 10.0));
    }
    r.add(result(meta("infra.compose.restart-policy", "infrastructure", Severity.LOW), Status.ERROR, null));
    Verdict v = scorer.score(r).verdict();
    assertEquals(Verdict.CAVEATS, v.level());
    assertEquals(List.of("infra.compose.restart-policy"), v.incomplete());
    assertTrue(v.label().contains("incomplete: 1 check could not be judged"), v.label());
    assertEquals(List.of(), scorer.score(List.of(warn(8.0))).verdict().incomplete());
  }
}
