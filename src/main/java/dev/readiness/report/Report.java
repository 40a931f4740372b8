package dev.readiness.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.readiness.baseline.BaselineEntry;
import dev.readiness.check.Finding;
import dev.readiness.model.Diagnostic;
import dev.readiness.score.Recommendations;
import dev.readiness.score.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The scan report: this record tree serializes (Jackson) to exactly the JSON report contract,
 * schemaVersion 1, and every other format is rendered from it.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "target", "scannedAt", "durationMs", "inputs", "checks", "scores",
    "verdict", "gaps", "recommendations", "gate", "baseline", "diff", "diagnostics", "history"})
public record Report(int schemaVersion, Tool tool, Target target, String scannedAt, long durationMs, Inputs inputs,
                     List<Check> checks, Map<String, Double> scores, Verdict verdict, Gaps gaps,
                     Recommendations recommendations, Gate gate,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Baseline baseline, List<Diagnostic> diagnostics,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryPoint> history,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Diff diff) {
  public static final int SCHEMA_VERSION = 1;

  /**
   * One earlier (or this) scan of the same repository, from {@code --history}; the HTML report draws the trend.
   *
   * @param scannedAt ISO-8601 instant
   * @param commit the scanned commit, or null
   * @param verdict ready, caveats or not-ready
   * @param scores per area and overall
   */
  public record HistoryPoint(String scannedAt, String commit, String verdict, Map<String, Double> scores) {}

  /** This report with the repository's score history (oldest first, ending with this scan). */
  public Report withHistory(List<HistoryPoint> points) {
    return new Report(schemaVersion, tool, target, scannedAt, durationMs, inputs, checks, scores, verdict, gaps,
        recommendations, gate, baseline, diagnostics, List.copyOf(points), diff);
  }

  /**
   * What a change did, from {@code --diff-base}: the base revision's scores and the delta per area. Which
   * findings are new and which fixed is in {@link #baseline()} (the base revision's findings act as the baseline).
   *
   * @param base the revision as given (a branch, tag or commit)
   * @param baseCommit the commit it resolved to
   * @param baseScores the base revision's score per area and overall
   * @param delta this scan's score minus the base's, per area (absent where either side scored nothing)
   */
  public record Diff(String base, String baseCommit, Map<String, Double> baseScores, Map<String, Double> delta) {}

  /** This report with the comparison against a base revision. */
  public Report withDiff(Diff d) {
    return new Report(schemaVersion, tool, target, scannedAt, durationMs, inputs, checks, scores, verdict, gaps,
        recommendations, gate, baseline, diagnostics, history, d);
  }

  /** The tool that wrote the report. */
  public record Tool(String name, String version) {}

  /**
   * The scanned repository as the user named it.
   *
   * @param pathInRepo where the scanned directory sits inside its git work tree ({@code examples/app}), or null at
   *     the work-tree root or outside git; SARIF and GitHub annotations prefix file paths with it so code scanning
   *     finds the files (extends the contract)
   */
  public record Target(String path, String name, String gitCommit, String pathInRepo) {
    /** A finding's file path relative to the git work tree. */
    public String inRepo(String file) {
      return pathInRepo == null || pathInRepo.isEmpty() ? file : pathInRepo + "/" + file;
    }
  }

  /**
   * What was scanned.
   *
   * @param docker {@code unavailable}, {@code disabled} or {@code connected: <version>}
   */
  public record Inputs(List<String> compose, List<String> dockerfiles, List<String> env, List<String> workflows,
                       int containers, String docker) {}

  /**
   * One check's outcome. The fields after {@code suppression} extend the contract for readers that want
   * the explanation, the counts behind a proportional score and a policy's error. With a baseline,
   * {@code findings} holds only the new findings, {@code baselinedFindings} those the baseline holds, and
   * {@code baselined} is true for a failing or partial check with nothing new (both left out otherwise).
   */
  @JsonPropertyOrder({"id", "title", "category", "severity", "status", "score", "findings", "remediation",
      "suppression", "description", "passing", "total", "error", "baselined", "baselinedFindings"})
  public record Check(String id, String title, String category, String severity, String status, Double score,
                      List<Finding> findings, Remediation remediation, Suppression suppression, String description,
                      Integer passing, Integer total, String error,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean baselined,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> baselinedFindings) {
    public Check {
      baselinedFindings = baselinedFindings == null ? List.of() : List.copyOf(baselinedFindings);
    }

    /** True when the check fails or is partial only with findings the baseline holds. */
    public boolean allBaselined() { return Boolean.TRUE.equals(baselined); }
  }

  /**
   * How the scan compares with the baseline given by {@code --baseline} (extends the contract; absent without one).
   *
   * @param file the baseline file as given
   * @param entries findings the baseline records
   * @param newFindings failing items not in the baseline (findings, or failing checks without findings)
   * @param baselined failing items the baseline holds: reported, but they do not fail the gate
   * @param fixed recorded findings nothing matches any more (fixed since the baseline, or changed)
   * @param fixedEntries those entries, so the baseline can be pruned
   */
  @JsonPropertyOrder({"file", "entries", "new", "baselined", "fixed", "fixedEntries"})
  public record Baseline(String file, int entries, @JsonProperty("new") int newFindings, int baselined, int fixed,
                         List<BaselineEntry> fixedEntries) {}

  /** How to close a check's gap. */
  public record Remediation(String summary, boolean fixable) {}

  /**
   * A suppression that applies to a check.
   *
   * @param expires ISO date or null
   * @param source file:line of the declaration
   */
  public record Suppression(String reason, String expires, String source) {}

  /** Check IDs of the gaps by priority. */
  public record Gaps(List<String> high, List<String> medium, List<String> low) {}

  /**
   * The gate's thresholds and decision ({@code failUnderCategory} and {@code softFail} extend the contract).
   */
  @JsonPropertyOrder({"failUnder", "failUnderCategory", "failOn", "softFail", "passed", "reasons"})
  public record Gate(Double failUnder, Map<String, Double> failUnderCategory, String failOn, boolean softFail,
                     boolean passed, List<String> reasons) {}
}
