package dev.readiness.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Totals over the corpus, the per-repository and per-check tables, and the comparison with a recorded floor. */
public final class AccuracySummary {
  private final List<RepoOutcome> repos;

  public AccuracySummary(List<RepoOutcome> repos) {
    this.repos = List.copyOf(repos);
  }

  public List<RepoOutcome> repos() {
    return repos;
  }

  int labeled() {
    return repos.stream().mapToInt(RepoOutcome::labeled).sum();
  }

  int agreed() {
    return repos.stream().mapToInt(RepoOutcome::agreed).sum();
  }

  int criticalHighLabeled() {
    return repos.stream().mapToInt(RepoOutcome::criticalHighLabeled).sum();
  }

  int criticalHighAgreed() {
    return repos.stream().mapToInt(RepoOutcome::criticalHighAgreed).sum();
  }

  int mustNotFindReported() {
    return repos.stream().mapToInt(r -> r.mustNotFindReported().size()).sum();
  }

  int mustFindTotal() {
    return repos.stream().mapToInt(r -> r.labels().mustFind().size()).sum();
  }

  int mustFindFound() {
    return mustFindTotal() - repos.stream().mapToInt(r -> r.mustFindMissed().size()).sum();
  }

  int areasLabeled() {
    return repos.stream().mapToInt(r -> (int) RepoOutcome.AREAS.stream()
        .filter(a -> r.labels().expertScores().containsKey(a)).count()).sum();
  }

  int areasInRange() {
    return areasLabeled() - repos.stream().mapToInt(r -> r.areasOutside().size()).sum();
  }

  int verdictsAccepted() {
    return (int) repos.stream().filter(RepoOutcome::verdictAccepted).count();
  }

  /** Median overall score per tier (null scores count as 0). */
  Map<String, Double> tierMedians() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String tier : CorpusLabels.TIERS) {
      double[] s = repos.stream().filter(r -> r.labels().tier().equals(tier))
          .mapToDouble(r -> r.overall() == null ? 0 : r.overall()).sorted().toArray();
      if (s.length > 0) {
        out.put(tier, s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2);
      }
    }
    return out;
  }

  /** Medians strictly rise with the tier (tiers absent from the corpus are skipped). */
  boolean tierOrderHolds() {
    List<Double> m = new ArrayList<>(tierMedians().values());
    for (int i = 1; i < m.size(); i++) {
      if (m.get(i) <= m.get(i - 1)) {
        return false;
      }
    }
    return true;
  }

  /** The headline figures, as recorded in a floor file. */
  public ObjectNode figures() {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("agreement", ratio(agreed(), labeled()));
    n.put("criticalHighAgreement", ratio(criticalHighAgreed(), criticalHighLabeled()));
    n.put("mustFindFound", ratio(mustFindFound(), mustFindTotal()));
    n.put("mustNotFindReported", mustNotFindReported());
    n.put("areasInRange", ratio(areasInRange(), areasLabeled()));
    n.put("verdictsAccepted", verdictsAccepted());
    return n;
  }

  /** What got worse than the floor (empty: nothing). Ratios compare at 3 decimals; counts exactly. */
  public List<String> regressionsAgainst(ObjectNode floor) {
    List<String> out = new ArrayList<>();
    ObjectNode now = figures();
    floor.fields().forEachRemaining(e -> {
      double was = e.getValue().asDouble();
      double is = now.path(e.getKey()).asDouble();
      boolean lowerIsBetter = e.getKey().equals("mustNotFindReported");
      boolean worse = lowerIsBetter ? is > was : Math.round(is * 1000) < Math.round(was * 1000);
      if (worse) {
        out.add(e.getKey() + ": " + fmt(is) + " (floor " + fmt(was) + ")");
      }
    });
    return out;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && d > 1 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.3f", d);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : Math.round(1000.0 * a / b) / 1000.0;
  }

  private static String pct(int a, int b) {
    return String.format(Locale.ROOT, "%d/%d = %.1f%%", a, b, b == 0 ? 100.0 : 100.0 * a / b);
  }

  /** The human report: per repository, per check, totals and targets. */
  public String render(boolean details) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Per repository\n\n| repo | tier | agreed | crit/high | mustNotFind reported | mustFind missed |"
        + " areas outside | verdict | overall | scan s |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (RepoOutcome r : repos) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d/%d | %d/%d | %d | %d/%d | %s | %s%s | %s | %.1f |%n",
          r.labels().slug(), r.labels().tier(), r.agreed(), r.labeled(), r.criticalHighAgreed(),
          r.criticalHighLabeled(), r.mustNotFindReported().size(), r.mustFindMissed().size(),
          r.labels().mustFind().size(), r.areasOutside().isEmpty() ? "-" : r.areasOutside().toString(),
          r.verdict(), r.verdictAccepted() ? "" : " (expected " + String.join("|", r.labels().verdicts()) + ")",
          r.overall(), r.seconds()));
    }
    sb.append("\n## Per check (only checks with a miss)\n\n| check | agreed | mustNotFind reported | mustFind missed |\n"
        + "|---|---|---|---|\n");
    Map<String, int[]> perCheck = new TreeMap<>();
    for (RepoOutcome r : repos) {
      r.labels().checks().keySet().forEach(id -> perCheck.computeIfAbsent(id, k -> new int[4])[0]++);
      r.disagreements().forEach(d -> perCheck.get(d.check())[1]++);
      r.mustNotFindReported().forEach(l -> perCheck.computeIfAbsent(l.check(), k -> new int[4])[2]++);
      r.mustFindMissed().forEach(l -> perCheck.computeIfAbsent(l.check(), k -> new int[4])[3]++);
    }
    perCheck.forEach((id, c) -> {
      if (c[1] + c[2] + c[3] > 0) {
        sb.append(String.format(Locale.ROOT, "| %s | %d/%d | %d | %d |%n", id, c[0] - c[1], c[0], c[2], c[3]));
      }
    });
    if (details) {
      sb.append("\n## Details\n");
      for (RepoOutcome r : repos) {
        sb.append("\n### ").append(r.labels().slug()).append('\n');
        r.disagreements().forEach(d -> sb.append("- status ").append(d.check()).append(": ").append(d.reported())
            .append(" (expected ").append(String.join("|", d.accepted())).append(") ").append(d.firstFinding())
            .append('\n'));
        r.mustNotFindReported().forEach(l -> sb.append("- reported but must not: ").append(l.check()).append(" ")
            .append(l.file()).append('\n'));
        r.mustFindMissed().forEach(l -> sb.append("- missed: ").append(l.check()).append(" ").append(l.file())
            .append('\n'));
      }
    }
    sb.append("\n## Totals (targets in brackets)\n\n");
    sb.append("- labeled statuses agreed: ").append(pct(agreed(), labeled())).append(" [>= 95%]\n");
    sb.append("- critical/high agreed: ").append(pct(criticalHighAgreed(), criticalHighLabeled()))
        .append(" [>= 98%]\n");
    sb.append("- mustNotFind still reported: ").append(mustNotFindReported()).append(" [0]\n");
    sb.append("- mustFind found: ").append(pct(mustFindFound(), mustFindTotal())).append(" [>= 90%]\n");
    sb.append("- area scores inside the expert range: ").append(pct(areasInRange(), areasLabeled()))
        .append(" [>= 90%]\n");
    sb.append("- verdicts accepted: ").append(verdictsAccepted()).append('/').append(repos.size()).append('\n');
    sb.append("- tier medians (overall): ").append(tierMedians()).append(" order ")
        .append(tierOrderHolds() ? "holds" : "FAILS").append(" [mature > maintained > sample]\n");
    return sb.toString();
  }
}
