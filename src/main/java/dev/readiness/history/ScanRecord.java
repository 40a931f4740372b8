package dev.readiness.history;

import dev.readiness.check.Categories;
import java.util.List;
import java.util.Map;

/**
 * One scan as the history keeps it.
 *
 * @param repository the repository's identity (its origin URL, or the name given)
 * @param commit the scanned commit, or null outside git
 * @param branch the checked-out branch, or null
 * @param scannedAt ISO-8601 instant
 * @param toolVersion the readiness version
 * @param verdict ready, caveats or not-ready
 * @param scores score per area and overall (absent where nothing was scored)
 * @param checks each check's severity and status
 * @param findings the fingerprints of the failing and partial findings
 */
public record ScanRecord(String repository, String commit, String branch, String scannedAt, String toolVersion,
                         String verdict, Map<String, Double> scores, List<CheckRow> checks, List<FindingRow> findings) {
  /** overall, then the scored categories in report order. */
  public static final List<String> SCORE_COLUMNS =
      java.util.stream.Stream.concat(java.util.stream.Stream.of("overall"), Categories.SCORED.stream()).toList();

  /** A check's outcome in one scan. */
  public record CheckRow(String checkId, String severity, String status) {}

  /** A failing or partial finding, by fingerprint (as in baselines). */
  public record FindingRow(String checkId, String fingerprint, String status) {}
}
