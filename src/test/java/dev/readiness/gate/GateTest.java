package dev.readiness.gate;

import static dev.readiness.testing.SampleScan.fail;
import static dev.readiness.testing.SampleScan.meta;
import static dev.readiness.testing.SampleScan.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateTest {
  // security 0.0 (one medium fail), documentation 7.0 -> overall 3.5
  private final List<CheckResult> results = List.of(fail(meta("security.a", "security", Severity.MEDIUM)),
      result(meta("docs.a", "documentation", Severity.LOW), Status.WARN, 7.0));
  private final Scorecard card = new Scorer().score(results);

  private GateResult gate(Double failUnder, Map<String, Double> categories, Severity failOn) {
    return new Gate(new GateOptions(failUnder, categories, failOn, false)).evaluate(card, results);
  }

  @Test
  void noThresholdPasses() {
    GateResult r = gate(null, Map.of(), null);
    assertTrue(r.passed());
    assertEquals(0, new Gate(new GateOptions(null, Map.of(), null, false)).exitCode(r));
  }

  @Test
  void overallThreshold() {
    assertEquals(List.of("overall 3.5 < 7.0"), gate(7.0, Map.of(), null).reasons());
    assertTrue(gate(3.5, Map.of(), null).passed(), "equal to the threshold passes");
  }

  @Test
  void categoryThresholdsIgnoreCategoriesWithNothingToJudge() {
    GateResult r = gate(null, Map.of("documentation", 7.5, "monitoring", 9.0), null);
    assertEquals(List.of("documentation 7.0 < 7.5"), r.reasons());
  }

  @Test
  void failOnCountsFailingChecksAtOrAboveTheSeverity() {
    assertFalse(gate(null, Map.of(), Severity.MEDIUM).passed());
    assertEquals(List.of("security.a fails (medium >= low)"), gate(null, Map.of(), Severity.LOW).reasons());
    assertTrue(gate(null, Map.of(), Severity.HIGH).passed());
  }

  @Test
  void softFailKeepsTheReasonsButExitsZero() {
    Gate soft = new Gate(new GateOptions(9.0, Map.of(), null, true));
    GateResult r = soft.evaluate(card, results);
    assertFalse(r.passed());
    assertEquals(0, soft.exitCode(r));
    Gate hard = new Gate(new GateOptions(9.0, Map.of(), null, false));
    assertEquals(1, hard.exitCode(hard.evaluate(card, results)));
  }

  @Test
  void baselinedChecksDoNotTripFailOnButScoreThresholdsStillApply() {
    Gate gate = new Gate(new GateOptions(7.0, Map.of(), Severity.LOW, false));
    GateResult baselined = gate.evaluate(card, results, Set.of("security.a"));
    assertEquals(List.of("overall 3.5 < 7.0"), baselined.reasons(), "the score is not changed by a baseline");
    Gate onlyFailOn = new Gate(new GateOptions(null, Map.of(), Severity.LOW, false));
    assertTrue(onlyFailOn.evaluate(card, results, Set.of("security.a")).passed());
    assertFalse(onlyFailOn.evaluate(card, results, Set.of("docs.a")).passed(), "only the named checks are ignored");
  }
}
