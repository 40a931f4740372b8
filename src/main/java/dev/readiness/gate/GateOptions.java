package dev.readiness.gate;

import dev.readiness.check.Severity;
import java.util.Map;

/**
 * The CI gate's thresholds (command line over .readiness.yml).
 *
 * @param failUnder overall score below which the gate fails, or null
 * @param failUnderCategory per-category thresholds
 * @param failOn severity at or above which any failing check fails the gate, or null
 * @param softFail report a failed gate but exit 0
 */
public record GateOptions(Double failUnder, Map<String, Double> failUnderCategory, Severity failOn, boolean softFail) {
  /** Whether any threshold is set. */
  public boolean enabled() {
    return failUnder != null || !failUnderCategory.isEmpty() || failOn != null;
  }
}
