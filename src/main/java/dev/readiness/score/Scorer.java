package dev.readiness.score;

import dev.readiness.check.Categories;
import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scoring formula of the check catalog, as a pure function of the check results.
 *
 * <p>Check weights are the severity weights (10 / 7.5 / 5 / 2.5). A category score is the weighted mean
 * of its applicable checks' scores ({@code n/a} and valid suppressions left out, {@code error} counted
 * as 0). The overall score is the plain mean of the category scores that are not null. Both are
 * rounded half-up to one decimal on exact decimal arithmetic, and the overall is computed from the
 * already-rounded category scores, so a reader can recompute it from the printed breakdown.
 */
public final class Scorer {

  private static final BigDecimal READY_AT = new BigDecimal("8.0");
  private static final BigDecimal CAVEATS_AT = new BigDecimal("6.0");

  /** Scores a set of (configured) check results. */
  public Scorecard score(List<CheckResult> results) {
    Map<String, Double> categories = categoryScores(results);
    Double overall = overall(categories);
    Gaps gaps = gaps(results);
    return new Scorecard(categories, overall, verdict(results, overall), gaps, plan(gaps));
  }

  private static Map<String, Double> categoryScores(List<CheckResult> results) {
    TreeSet<String> extra = new TreeSet<>();
    for (CheckResult r : results) {
      String c = r.metadata().category();
      if (c != null && !Categories.SCORED.contains(c) && !Categories.CUSTOM.equals(c)) extra.add(c);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String c : Categories.SCORED) out.put(c, categoryScore(results, c));
    for (String c : extra) out.put(c, categoryScore(results, c));
    return Collections.unmodifiableMap(out);
  }

  /** The weighted category score, or null when no check of the category applies. */
  static Double categoryScore(List<CheckResult> results, String category) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (CheckResult r : results) {
      if (!category.equals(r.metadata().category())) continue;
      BigDecimal s = checkScore(r);
      if (s == null) continue;
      BigDecimal w = BigDecimal.valueOf(r.metadata().severity().weight());
      weighted = weighted.add(w.multiply(s));
      weights = weights.add(w);
    }
    if (weights.signum() == 0) return null;
    return weighted.divide(weights, 1, RoundingMode.HALF_UP).doubleValue();
  }

  /** A check's contribution: null when it does not count (n/a, suppressed), 0 for an error. */
  static BigDecimal checkScore(CheckResult r) {
    Status s = r.status();
    if (s == Status.NOT_APPLICABLE || s == Status.SUPPRESSED) return null;
    if (s == Status.ERROR) return BigDecimal.ZERO;
    if (r.score() != null) return BigDecimal.valueOf(Math.max(0, Math.min(10, r.score())));
    if (s == Status.PASS) return BigDecimal.TEN;
    return s == Status.WARN ? BigDecimal.valueOf(5) : BigDecimal.ZERO;
  }

  private static Double overall(Map<String, Double> categories) {
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (Double d : categories.values()) {
      if (d == null) continue;
      sum = sum.add(BigDecimal.valueOf(d));
      n++;
    }
    if (n == 0) return null;
    return sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP).doubleValue();
  }

  private static Verdict verdict(List<CheckResult> results, Double overall) {
    List<String> blockers = new ArrayList<>();
    boolean criticalFails = false;
    for (CheckResult r : sorted(results)) {
      if (r.status() != Status.FAIL) continue;
      Severity sev = r.metadata().severity();
      if (sev == Severity.CRITICAL) criticalFails = true;
      if (sev == Severity.CRITICAL || sev == Severity.HIGH) blockers.add(r.metadata().id());
    }
    BigDecimal o = overall == null ? null : BigDecimal.valueOf(overall);
    if (o != null && o.compareTo(READY_AT) >= 0 && blockers.isEmpty()) {
      return new Verdict(Verdict.READY, "Production Ready", List.copyOf(blockers));
    }
    if (o != null && o.compareTo(CAVEATS_AT) >= 0 && !criticalFails) {
      return new Verdict(Verdict.CAVEATS, "Ready with caveats", List.copyOf(blockers));
    }
    return new Verdict(Verdict.NOT_READY, "NOT Production Ready", List.copyOf(blockers));
  }

  private static Gaps gaps(List<CheckResult> results) {
    List<Gap> high = new ArrayList<>();
    List<Gap> medium = new ArrayList<>();
    List<Gap> low = new ArrayList<>();
    for (CheckResult r : sorted(results)) {
      if (r.status() != Status.FAIL && r.status() != Status.WARN) continue;
      CheckMetadata m = r.metadata();
      Gap g = new Gap(m.id(), m.title(), m.category(), m.severity(), r.status() == Status.WARN, m.remediation(),
          m.fixable());
      Priority p = Priority.of(m.severity());
      if (p == Priority.HIGH) high.add(g);
      else if (p == Priority.MEDIUM) medium.add(g);
      else low.add(g);
    }
    return new Gaps(List.copyOf(high), List.copyOf(medium), List.copyOf(low));
  }

  private static Recommendations plan(Gaps gaps) {
    return new Recommendations(steps(gaps.high()), steps(gaps.medium()), steps(gaps.low()));
  }

  private static List<Recommendation> steps(List<Gap> gaps) {
    List<Recommendation> out = new ArrayList<>();
    for (Gap g : gaps) {
      String action = g.remediation() == null || g.remediation().isBlank() ? g.title() : g.remediation();
      String fix = g.fixable() ? FixAdvice.command(null, List.of(g.checkId())) : null;
      out.add(new Recommendation(g.checkId(), action, fix, g.partial()));
    }
    return List.copyOf(out);
  }

  /** Severity first, then complete failures before partial ones, then category order and ID. */
  private static List<CheckResult> sorted(List<CheckResult> results) {
    List<CheckResult> out = new ArrayList<>(results);
    out.sort(Comparator.comparing((CheckResult r) -> r.metadata().severity())
        .thenComparing(r -> r.status() == Status.WARN)
        .thenComparing(r -> categoryRank(r.metadata().category()))
        .thenComparing(r -> r.metadata().id()));
    return out;
  }

  private static int categoryRank(String category) {
    return Categories.rank(category);
  }
}
