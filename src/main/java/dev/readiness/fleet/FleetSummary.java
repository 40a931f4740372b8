package dev.readiness.fleet;

import dev.readiness.check.Categories;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fleet view of many scans: each repository's latest scan (earlier ones of the same repository form its
 * trend), the distribution of overall scores, per-area figures, per-check pass rates, the repositories blocked by
 * critical failures and the maturity level of each.
 */
public final class FleetSummary {
  public static final List<String> AREAS = Categories.SCORED;

  /** A repository: its latest scan, its level and its history of overall scores (oldest first). */
  public record Repo(ScanSummary latest, String level, List<TrendPoint> trend) {}

  /** One point of a trend. */
  public record TrendPoint(String scannedAt, Double overall) {}

  /** Figures of one area across the fleet (nulls where no repository scored it). */
  public record AreaFigures(String area, int scored, Double mean, Double median, Double min, Double max) {}

  /** One check across the fleet. */
  public record CheckFigures(String id, String title, String category, String severity, int pass, int warn, int fail,
                             int other) {
    /** Pass rate among repositories where the check applied (pass, warn or fail), or null. */
    public Double passRate() {
      int applied = pass + warn + fail;
      return applied == 0 ? null : (double) pass / applied;
    }
  }

  private final List<Repo> repos;
  private final Levels levels;

  public FleetSummary(List<ScanSummary> scans, Levels levels) {
    this.levels = levels;
    Map<String, List<ScanSummary>> byRepo = new TreeMap<>();
    for (ScanSummary s : scans) {
      byRepo.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }
    List<Repo> out = new ArrayList<>();
    byRepo.forEach((name, list) -> {
      list.sort(Comparator.comparing(ScanSummary::scannedAt));
      ScanSummary latest = list.get(list.size() - 1);
      List<TrendPoint> trend = list.stream().map(s -> new TrendPoint(s.scannedAt(), s.overall())).toList();
      out.add(new Repo(latest, levels.of(latest), trend));
    });
    this.repos = List.copyOf(out);
  }

  public List<Repo> repos() {
    return repos;
  }

  public Levels levels() {
    return levels;
  }

  /** Repositories per overall score bucket [0,1), [1,2) ... [9,10]; index 10 counts those with no score. */
  public int[] distribution() {
    int[] buckets = new int[11];
    for (Repo r : repos) {
      Double o = r.latest().overall();
      buckets[o == null ? 10 : (int) Math.min(9, Math.max(0, Math.floor(o)))]++;
    }
    return buckets;
  }

  public List<AreaFigures> areas() {
    List<AreaFigures> out = new ArrayList<>();
    for (String area : concat(AREAS, "overall")) {
      double[] v = repos.stream().map(r -> r.latest().scores().get(area)).filter(java.util.Objects::nonNull)
          .mapToDouble(Double::doubleValue).sorted().toArray();
      if (v.length == 0) {
        out.add(new AreaFigures(area, 0, null, null, null, null));
        continue;
      }
      double mean = java.util.Arrays.stream(v).average().orElse(0);
      double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      out.add(new AreaFigures(area, v.length, round(mean), round(median), v[0], v[v.length - 1]));
    }
    return out;
  }

  /** Every check seen, the least passed first (checks that never applied last). */
  public List<CheckFigures> checks() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, ScanSummary.CheckOutcome> first = new LinkedHashMap<>();
    for (Repo r : repos) {
      for (ScanSummary.CheckOutcome c : r.latest().checks()) {
        first.putIfAbsent(c.id(), c);
        int[] n = counts.computeIfAbsent(c.id(), k -> new int[4]);
        switch (c.status()) {
          case "pass" -> n[0]++;
          case "warn" -> n[1]++;
          case "fail", "error" -> n[2]++;
          default -> n[3]++;
        }
      }
    }
    List<CheckFigures> out = new ArrayList<>();
    counts.forEach((id, n) -> {
      ScanSummary.CheckOutcome c = first.get(id);
      out.add(new CheckFigures(id, c.title(), c.category(), c.severity(), n[0], n[1], n[2], n[3]));
    });
    out.sort(Comparator.comparing((CheckFigures f) -> f.passRate() == null ? 2.0 : f.passRate())
        .thenComparing(CheckFigures::id));
    return out;
  }

  /** Repositories with a failing critical check, the most critical failures first. */
  public List<Repo> blocked() {
    return repos.stream().filter(r -> !r.latest().criticalFailures().isEmpty())
        .sorted(Comparator.comparing((Repo r) -> -r.latest().criticalFailures().size())
            .thenComparing(r -> r.latest().name()))
        .toList();
  }

  /** Repositories per level, in ladder order, then those reaching none under "none". */
  public Map<String, Integer> levelCounts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    levels.ladder().forEach(l -> out.put(l.name(), 0));
    out.put("none", 0);
    repos.forEach(r -> out.merge(r.level() == null ? "none" : r.level(), 1, Integer::sum));
    return out;
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 10) / 10.0;
  }
}
