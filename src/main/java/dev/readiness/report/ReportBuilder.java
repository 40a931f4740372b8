package dev.readiness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.baseline.BaselineComparison;
import dev.readiness.check.Categories;
import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.gate.GateOptions;
import dev.readiness.gate.GateResult;
import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocument;
import dev.readiness.score.FixAdvice;
import dev.readiness.score.Gap;
import dev.readiness.score.Recommendation;
import dev.readiness.score.Recommendations;
import dev.readiness.score.Scorecard;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the {@link Report} from the input document, the configured results and the scorecard. */
public final class ReportBuilder {
  private final ObjectMapper mapper;
  private final String toolVersion;

  public ReportBuilder(ObjectMapper mapper, String toolVersion) {
    this.mapper = mapper;
    this.toolVersion = toolVersion;
  }

  /**
   * Builds the report.
   *
   * @param displayPath the scanned path as the user gave it
   * @param pathInRepo the scanned directory relative to its git work tree, or null
   * @param doc the input document (for target and inputs)
   * @param results configured check results
   * @param card their scorecard
   * @param gateOptions the gate thresholds
   * @param gate the gate decision
   * @param diagnostics every diagnostic of the run (input, policy and config)
   */
  public Report build(String displayPath, String pathInRepo, InputDocument doc, List<CheckResult> results, Scorecard card,
                      GateOptions gateOptions, GateResult gate, List<Diagnostic> diagnostics,
                      Instant scannedAt, long durationMs) {
    return build(displayPath, pathInRepo, doc, results, card, gateOptions, gate, diagnostics, scannedAt, durationMs, null);
  }

  /** Builds the report of a scan compared with a baseline ({@code baseline} null: no baseline given). */
  public Report build(String displayPath, String pathInRepo, InputDocument doc, List<CheckResult> results, Scorecard card,
                      GateOptions gateOptions, GateResult gate, List<Diagnostic> diagnostics,
                      Instant scannedAt, long durationMs, BaselineComparison baseline) {
    JsonNode input = mapper.valueToTree(doc);
    Report.Target target = new Report.Target(displayPath, text(input.path("target").path("name")),
        text(input.path("target").path("gitCommit")), pathInRepo);
    Map<String, Double> scores = scores(card);
    return new Report(Report.SCHEMA_VERSION, new Report.Tool("readiness", toolVersion), target,
        scannedAt.truncatedTo(ChronoUnit.SECONDS).toString(), durationMs, inputs(input), checks(results, baseline),
        java.util.Collections.unmodifiableMap(scores), card.verdict(),
        new Report.Gaps(ids(card.gaps().high()), ids(card.gaps().medium()), ids(card.gaps().low())),
        withPath(card.recommendations(), displayPath),
        new Report.Gate(gateOptions.failUnder(), gateOptions.failUnderCategory(),
            gateOptions.failOn() == null ? null : gateOptions.failOn().id(), gateOptions.softFail(), gate.passed(),
            gate.reasons()),
        summary(baseline), List.copyOf(diagnostics), null, null);
  }

  /** Score per area, then overall (null where nothing was scored). */
  public static Map<String, Double> scores(Scorecard card) {
    Map<String, Double> scores = new LinkedHashMap<>(card.categories());
    scores.put("overall", card.overall());
    return scores;
  }

  /** The diff section of a report: the base revision's scores and the change per area. */
  public static Report.Diff diff(String base, String baseCommit, Scorecard before, Scorecard after) {
    Map<String, Double> was = scores(before);
    Map<String, Double> now = scores(after);
    Map<String, Double> delta = new LinkedHashMap<>();
    now.forEach((area, v) -> {
      Double w = was.get(area);
      if (v != null && w != null) delta.put(area, Math.round((v - w) * 10) / 10.0);
    });
    Map<String, Double> baseScores = new LinkedHashMap<>();
    was.forEach((k, v) -> { if (v != null) baseScores.put(k, v); });
    return new Report.Diff(base, baseCommit, baseScores, delta);
  }

  /** The plan with each advised {@code readiness fix} naming the scanned path, so it works from where the scan ran. */
  private static Recommendations withPath(Recommendations plan, String path) {
    return new Recommendations(withPath(plan.immediate(), path), withPath(plan.shortTerm(), path),
        withPath(plan.mediumTerm(), path));
  }

  private static List<Recommendation> withPath(List<Recommendation> steps, String path) {
    return steps.stream().map(s -> s.fix() == null ? s
        : new Recommendation(s.checkId(), s.action(), FixAdvice.command(path, List.of(s.checkId())), s.partial())).toList();
  }

  private static Report.Baseline summary(BaselineComparison b) {
    if (b == null) return null;
    return new Report.Baseline(b.file(), b.entries(), b.newCount(), b.baselinedCount(), b.fixedCount(), b.fixed());
  }

  private static List<Report.Check> checks(List<CheckResult> results, BaselineComparison baseline) {
    List<CheckResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing((CheckResult r) -> categoryRank(r.metadata().category()))
        .thenComparing(r -> r.metadata().category() == null ? "" : r.metadata().category())
        .thenComparing(r -> r.metadata().id()));
    List<Report.Check> out = new ArrayList<>();
    for (CheckResult r : sorted) {
      CheckMetadata m = r.metadata();
      Report.Suppression s = r.suppression() == null ? null
          : new Report.Suppression(r.suppression().reason(),
              r.suppression().expires() == null ? null : r.suppression().expires().toString(), r.suppression().source());
      BaselineComparison.Split split = baseline == null ? null : baseline.split(m.id());
      List<Finding> findings = split != null ? split.fresh() : r.findings() == null ? List.of() : List.copyOf(r.findings());
      out.add(new Report.Check(m.id(), m.title() == null ? m.id() : m.title(), m.category(), m.severity().id(),
          r.status().id(), r.score(), findings, new Report.Remediation(m.remediation(), m.fixable()), s,
          m.description(), r.passing(), r.total(), r.error(), split != null && split.checkBaselined() ? Boolean.TRUE : null,
          split == null ? List.of() : split.baselined()));
    }
    return List.copyOf(out);
  }

  private static int categoryRank(String category) {
    return Categories.rank(category);
  }

  private static Report.Inputs inputs(JsonNode input) {
    JsonNode runtime = input.path("runtime");
    String status = text(runtime.path("status"));
    String docker;
    if ("connected".equals(status)) {
      String version = text(runtime.path("engine").path("version"));
      docker = "connected: " + (version == null ? "unknown version" : version);
    } else {
      docker = status == null ? "unavailable" : status;
    }
    return new Report.Inputs(files(input.path("compose").path("files"), "file"), files(input.path("dockerfiles"), "file"),
        files(input.path("envFiles"), "file"), files(input.path("workflows"), "file"),
        runtime.path("containers").size(), docker);
  }

  private static List<String> files(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : list) {
      String f = text(n.path(field));
      if (f != null) out.add(f);
    }
    return List.copyOf(out);
  }

  private static List<String> ids(List<Gap> gaps) {
    return gaps.stream().map(Gap::checkId).toList();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }
}
