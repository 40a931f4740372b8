package dev.readiness.report;

import dev.readiness.check.Finding;
import dev.readiness.score.FixAdvice;
import dev.readiness.score.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the Markdown and HTML templates render: the report regrouped for reading (checks per area,
 * gaps and plan resolved to titles, numbers preformatted) so the templates hold layout only.
 */
public record ReportView(Report report, String overall, List<Area> areas, List<Priority> gaps, List<Phase> plan,
                         List<CheckLine> unscored, Counts counts, String formula, List<BaselinedLine> baselined,
                         int moreBaselined) {
  /** Findings shown per check before "and N more". */
  static final int MAX_FINDINGS = 25;
  /** Baselined items listed before "and N more". */
  static final int MAX_BASELINED = 100;

  /** One category section. */
  public record Area(String id, String label, String score, Double value, List<CheckLine> checks, Counts counts) {}

  /**
   * One check, ready to print.
   *
   * @param baselineNote {@code baselined} when nothing about the failing check is new, {@code N baselined} when
   *     some of its findings are in the baseline, else null
   * @param fix the {@code readiness fix} command that remediates it, or null when fix cannot
   */
  public record CheckLine(Report.Check check, String icon, String score, String evidence, List<FindingLine> findings,
                          int moreFindings, String baselineNote, String fix) {}

  /** One baselined item: a finding of a check, or the check itself (finding null) when it has no findings. */
  public record BaselinedLine(Report.Check check, FindingLine finding) {}

  /** One finding with its location preformatted as file:line. */
  public record FindingLine(String message, String location, String resource) {
    static FindingLine of(Finding f) { return new FindingLine(f.message(), ReportView.location(f), f.resource()); }
  }

  /** Gaps of one priority. */
  public record Priority(String label, List<GapLine> items) {}

  /**
   * One gap: the check, whether it is partial, its first finding (the evidence a reader opens first;
   * null when the check has none) with how many more there are, and what to do about it.
   */
  public record GapLine(Report.Check check, boolean partial, FindingLine first, int more, String action) {}

  /**
   * One phase of the recommendations, as a plan over its gaps rather than a second list of them: one
   * {@code readiness fix} command for every gap fix can remediate, and the IDs of those left to a human
   * (each gap line already says what to do).
   *
   * @param fix the command for the fixable gaps, or null when there are none
   * @param fixable how many gaps the command covers
   * @param manual IDs of the gaps to close by hand
   */
  public record Phase(String label, String key, String priority, String fix, int fixable, List<String> manual) {
    /** Whether the phase has nothing to do. */
    public boolean empty() { return fix == null && manual.isEmpty(); }
  }

  /** Status counts. */
  public record Counts(int pass, int warn, int fail, int na, int error, int suppressed, int total) {}

  /** Whether any check was scored; when none applied there is no overall score to show. */
  public boolean scored() { return report.scores().get("overall") != null; }

  /** The overall score as shown in a heading: {@code 4.3/10}, or {@code not scored} when nothing was. */
  public String overallOutOfTen() { return scored() ? overall + "/10" : "not scored (no check applied)"; }

  /** Regroups a report. */
  public static ReportView of(Report r) {
    Map<String, Report.Check> byId = new LinkedHashMap<>();
    for (Report.Check c : r.checks()) byId.put(c.id(), c);
    List<Area> areas = new ArrayList<>();
    for (Map.Entry<String, Double> e : r.scores().entrySet()) {
      if (e.getKey().equals("overall")) continue;
      List<CheckLine> lines = new ArrayList<>();
      List<Report.Check> inArea = new ArrayList<>();
      for (Report.Check c : r.checks()) {
        if (e.getKey().equals(c.category())) {
          lines.add(line(c, r.target().path()));
          inArea.add(c);
        }
      }
      lines.sort(java.util.Comparator.comparingInt(l -> STATUS_ORDER.indexOf(l.check().status())));
      areas.add(new Area(e.getKey(), label(e.getKey()), fmt(e.getValue()), e.getValue(), List.copyOf(lines), counts(inArea)));
    }
    List<CheckLine> unscored = r.checks().stream().filter(c -> !r.scores().containsKey(c.category()))
        .map(c -> line(c, r.target().path())).toList();
    Map<String, Recommendation> steps = new LinkedHashMap<>();
    for (List<Recommendation> phase : List.of(r.recommendations().immediate(), r.recommendations().shortTerm(),
        r.recommendations().mediumTerm())) {
      for (Recommendation rec : phase) steps.put(rec.checkId(), rec);
    }
    List<Priority> gaps = List.of(priority("HIGH", r.gaps().high(), byId, steps),
        priority("MEDIUM", r.gaps().medium(), byId, steps), priority("LOW", r.gaps().low(), byId, steps));
    String path = r.target().path();
    List<Phase> plan = List.of(phase("Immediate", "immediate", "HIGH", r.recommendations().immediate(), path),
        phase("Short-term", "shortTerm", "MEDIUM", r.recommendations().shortTerm(), path),
        phase("Medium-term", "mediumTerm", "LOW", r.recommendations().mediumTerm(), path));
    List<BaselinedLine> baselined = baselined(r.checks());
    int shownBaselined = Math.min(baselined.size(), MAX_BASELINED);
    return new ReportView(r, fmt(r.scores().get("overall")), List.copyOf(areas), gaps, plan, unscored,
        counts(r.checks()), FORMULA, List.copyOf(baselined.subList(0, shownBaselined)), baselined.size() - shownBaselined);
  }

  /** Every baselined item, in report order. */
  private static List<BaselinedLine> baselined(List<Report.Check> checks) {
    List<BaselinedLine> out = new ArrayList<>();
    for (Report.Check c : checks) {
      List<Finding> held = c.baselinedFindings();
      if (held.isEmpty() && c.allBaselined()) out.add(new BaselinedLine(c, null));
      for (Finding f : held) out.add(new BaselinedLine(c, FindingLine.of(f)));
    }
    return out;
  }

  /** Problems first: the order checks are listed in within an area. */
  static final List<String> STATUS_ORDER = List.of("fail", "error", "warn", "suppressed", "pass", "n/a");

  static final String FORMULA = "Each check scores 0-10 (proportional for checks that count items). A category score is"
      + " the severity-weighted mean of its applicable checks (critical 10, high 7.5, medium 5, low 2.5; n/a and"
      + " suppressed checks left out, errors count as 0). The overall score is the mean of the category scores that"
      + " apply. Scores are rounded half-up to one decimal.";

  /** An area's display name. */
  public static String label(String category) {
    if (category == null || category.isEmpty()) return "Other";
    return category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1);
  }

  /** A score as one decimal ("6.1"), or "n/a". */
  public static String fmt(Double score) {
    if (score == null) return "n/a";
    return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** The status mark used by the Markdown report (and the seed audit). */
  public static String icon(String status) {
    switch (status) {
      case "pass": return "✅";
      case "warn": return "⚠️";
      case "fail": return "❌";
      case "error": return "💥";
      case "suppressed": return "🔕";
      default: return "➖";
    }
  }

  /** file:line, file, or null for a repository-level finding. */
  public static String location(Finding f) {
    if (f.file() == null) return null;
    return f.line() == null ? f.file() : f.file() + ":" + f.line();
  }

  private static CheckLine line(Report.Check c, String path) {
    List<FindingLine> findings = new ArrayList<>();
    String evidence = null;
    for (Finding f : c.findings()) {
      if (evidence == null) evidence = location(f);
      if (findings.size() < MAX_FINDINGS) findings.add(FindingLine.of(f));
    }
    String score = c.passing() != null && c.total() != null ? c.passing() + " of " + c.total() + " pass"
        : fmt(c.score()) + "/10";
    int held = c.baselinedFindings().size();
    String note = c.allBaselined() ? "baselined" : held > 0 ? held + " baselined" : null;
    String fix = c.remediation().fixable() ? FixAdvice.command(path, List.of(c.id())) : null;
    return new CheckLine(c, icon(c.status()), score, evidence, List.copyOf(findings),
        Math.max(0, c.findings().size() - MAX_FINDINGS), note, fix);
  }

  private static Counts counts(List<Report.Check> checks) {
    int pass = 0, warn = 0, fail = 0, na = 0, error = 0, suppressed = 0;
    for (Report.Check c : checks) {
      switch (c.status()) {
        case "pass": pass++; break;
        case "warn": warn++; break;
        case "fail": fail++; break;
        case "error": error++; break;
        case "suppressed": suppressed++; break;
        default: na++;
      }
    }
    return new Counts(pass, warn, fail, na, error, suppressed, checks.size());
  }

  private static Priority priority(String label, List<String> ids, Map<String, Report.Check> byId,
                                   Map<String, Recommendation> steps) {
    List<GapLine> items = new ArrayList<>();
    for (String id : ids) {
      Report.Check c = byId.get(id);
      if (c == null) continue;
      Finding f = c.findings().isEmpty() ? null : c.findings().get(0);
      FindingLine first = f == null ? null : FindingLine.of(f);
      Recommendation step = steps.get(id);
      items.add(new GapLine(c, "warn".equals(c.status()), first, Math.max(0, c.findings().size() - 1),
          step == null || step.action().equals(c.title()) ? null : step.action()));
    }
    return new Priority(label, List.copyOf(items));
  }

  private static Phase phase(String label, String key, String priority, List<Recommendation> recs, String path) {
    List<String> fixable = new ArrayList<>();
    List<String> manual = new ArrayList<>();
    for (Recommendation rec : recs) (rec.fix() != null ? fixable : manual).add(rec.checkId());
    String fix = fixable.isEmpty() ? null : FixAdvice.command(path, fixable);
    return new Phase(label, key, priority, fix, fixable.size(), List.copyOf(manual));
  }
}
