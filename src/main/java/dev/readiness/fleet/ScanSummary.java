package dev.readiness.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the fleet needs of one repository's scan, read back from its JSON report.
 *
 * @param name the repository's display name
 * @param commit the scanned git commit, or null
 * @param scannedAt ISO-8601 time of the scan
 * @param toolVersion the readiness version that scanned it
 * @param scores score per area and {@code overall} (an area nothing scored is absent)
 * @param verdictLevel ready, caveats or not-ready
 * @param verdictLabel the verdict as the report words it
 * @param blockers IDs of the checks that block the verdict
 * @param checks every check's outcome
 * @param report the JSON report it was read from
 * @param html the HTML report beside it, or null
 */
public record ScanSummary(String name, String commit, String scannedAt, String toolVersion, Map<String, Double> scores,
                          String verdictLevel, String verdictLabel, List<String> blockers, List<CheckOutcome> checks,
                          Path report, Path html) {

  /** One check's outcome in one repository. */
  public record CheckOutcome(String id, String title, String category, String severity, String status) {
    boolean failingCritical() {
      return "critical".equals(severity) && "fail".equals(status);
    }
  }

  public Double overall() {
    return scores.get("overall");
  }

  /** The blocking checks that are critical and fail: what keeps the repository from production outright. */
  public List<String> criticalFailures() {
    return checks.stream().filter(CheckOutcome::failingCritical).map(CheckOutcome::id).toList();
  }
}
