package dev.readiness.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one repository's scan compares with its labels.
 *
 * @param labels the expert's labels
 * @param statuses check ID to (status, severity) as reported; a labeled check missing from the report is absent
 * @param disagreements labeled checks whose reported status is not an accepted one
 * @param mustNotFindReported {@code mustNotFind} entries the scan still reports
 * @param mustFindMissed {@code mustFind} entries the scan does not report
 * @param areasOutside areas (not overall) whose score is outside the expert range, with the score
 * @param overall the overall score, or null
 * @param verdict the reported verdict level
 * @param seconds wall time of the scan
 */
public record RepoOutcome(CorpusLabels labels, Map<String, Reported> statuses, List<Disagreement> disagreements,
                          List<CorpusLabels.Located> mustNotFindReported, List<CorpusLabels.Located> mustFindMissed,
                          Map<String, Double> areasOutside, Double overall, String verdict, double seconds) {

  public static final List<String> AREAS =
      List.of("infrastructure", "automation", "security", "monitoring", "documentation");

  /** A check's reported status and severity. */
  public record Reported(String status, String severity) {
    boolean criticalOrHigh() {
      return "critical".equals(severity) || "high".equals(severity);
    }
  }

  /** A labeled check whose reported status is not accepted. */
  public record Disagreement(String check, List<String> accepted, String reported, String firstFinding) {}

  /** Compares a scan's JSON report with the labels. */
  public static RepoOutcome of(CorpusLabels labels, JsonNode report, double seconds) {
    Map<String, Reported> statuses = new HashMap<>();
    Map<String, List<String>> findingFiles = new HashMap<>();
    Map<String, String> firstFinding = new HashMap<>();
    for (JsonNode c : report.path("checks")) {
      String id = c.path("id").asText();
      statuses.put(id, new Reported(c.path("status").asText(), c.path("severity").asText()));
      List<String> files = new ArrayList<>();
      for (JsonNode f : c.path("findings")) {
        if (f.hasNonNull("file")) {
          files.add(f.path("file").asText());
        }
        firstFinding.putIfAbsent(id, (f.hasNonNull("file") ? f.path("file").asText()
            + (f.hasNonNull("line") ? ":" + f.path("line").asInt() : "") + " " : "") + f.path("message").asText());
      }
      if (c.hasNonNull("error")) {
        firstFinding.putIfAbsent(id, "error: " + c.path("error").asText());
      }
      findingFiles.put(id, files);
    }
    List<Disagreement> disagreements = new ArrayList<>();
    labels.checks().forEach((id, accepted) -> {
      Reported r = statuses.get(id);
      String got = r == null ? "absent" : r.status();
      if (!accepted.contains(got)) {
        disagreements.add(new Disagreement(id, accepted, got, firstFinding.getOrDefault(id, "")));
      }
    });
    List<CorpusLabels.Located> mnf = labels.mustNotFind().stream()
        .filter(l -> findingFiles.getOrDefault(l.check(), List.of()).contains(l.file())).toList();
    List<CorpusLabels.Located> missed = labels.mustFind().stream()
        .filter(l -> !findingFiles.getOrDefault(l.check(), List.of()).contains(l.file())).toList();
    Map<String, Double> outside = new java.util.LinkedHashMap<>();
    JsonNode scores = report.path("scores");
    for (String area : AREAS) {
      double[] range = labels.expertScores().get(area);
      if (range == null) {
        continue;
      }
      JsonNode s = scores.path(area);
      Double v = s.isNumber() ? s.asDouble() : null;
      if (v == null || v < range[0] - 1e-9 || v > range[1] + 1e-9) {
        outside.put(area, v);
      }
    }
    Double overall = scores.path("overall").isNumber() ? scores.path("overall").asDouble() : null;
    return new RepoOutcome(labels, statuses, disagreements, mnf, missed, outside, overall,
        report.path("verdict").path("level").asText(), seconds);
  }

  int labeled() {
    return labels.checks().size();
  }

  int agreed() {
    return labeled() - disagreements.size();
  }

  /** Labeled checks that are critical or high (by the reported severity). */
  int criticalHighLabeled() {
    return (int) labels.checks().keySet().stream()
        .filter(id -> statuses.containsKey(id) && statuses.get(id).criticalOrHigh()).count();
  }

  int criticalHighAgreed() {
    return criticalHighLabeled() - (int) disagreements.stream()
        .filter(d -> statuses.containsKey(d.check()) && statuses.get(d.check()).criticalOrHigh()).count();
  }

  boolean verdictAccepted() {
    return labels.verdicts().contains(verdict);
  }
}
