package dev.readiness.gate;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.score.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides whether a scan passes the CI gate and which exit code that means. */
public final class Gate {
  public static final int PASSED = 0;
  public static final int FAILED = 1;

  private final GateOptions options;

  public Gate(GateOptions options) { this.options = options; }

  public GateOptions options() { return options; }

  /** Applies every threshold; a category (or overall) with nothing to judge does not fail the gate. */
  public GateResult evaluate(Scorecard card, List<CheckResult> results) {
    return evaluate(card, results, Set.of());
  }

  /**
   * Applies every threshold, where the failing checks in {@code baselinedChecks} (nothing new since the
   * baseline) do not trip {@code failOn}. Score thresholds judge the scores as they are: a baseline does
   * not change them.
   */
  public GateResult evaluate(Scorecard card, List<CheckResult> results, Set<String> baselinedChecks) {
    List<String> reasons = new ArrayList<>();
    if (options.failUnder() != null && card.overall() != null && below(card.overall(), options.failUnder())) {
      reasons.add("overall " + card.overall() + " < " + options.failUnder());
    }
    for (Map.Entry<String, Double> t : options.failUnderCategory().entrySet()) {
      Double score = card.categories().get(t.getKey());
      if (score != null && below(score, t.getValue())) {
        reasons.add(t.getKey() + " " + score + " < " + t.getValue());
      }
    }
    if (options.failOn() != null) {
      for (CheckResult r : results) {
        if (r.status() == Status.FAIL && r.metadata().severity().atLeast(options.failOn())
            && !baselinedChecks.contains(r.metadata().id())) {
          reasons.add(r.metadata().id() + " fails (" + r.metadata().severity().id() + " >= " + options.failOn().id() + ")");
        }
      }
    }
    return new GateResult(reasons.isEmpty(), List.copyOf(reasons));
  }

  /** The exit code for a gate result: 1 when it failed, unless soft-fail. */
  public int exitCode(GateResult result) {
    return result.passed() || options.softFail() ? PASSED : FAILED;
  }

  private static boolean below(double score, double threshold) {
    return BigDecimal.valueOf(score).compareTo(BigDecimal.valueOf(threshold)) < 0;
  }
}
