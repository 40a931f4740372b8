package dev.readiness.cli;

import dev.readiness.usage.UsageException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.readiness.history.HistoryException;
import dev.readiness.history.HistoryLocation;
import dev.readiness.history.HistoryStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code readiness history}: the trend of scans recorded with {@code scan --history}. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"Prints the trend of scans recorded with 'scan --history': scores per area over time, the"
        + " verdict, and findings new and fixed since the scan before.",
        "Without --repo it lists the repositories (or shows the only one)."})
public final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--history", paramLabel = "DB", required = true,
      description = "The history: a SQLite file or postgresql://user:password@host:port/db.")
  String history;

  @Option(names = "--repo", paramLabel = "NAME", description = "The repository (as listed without --repo).")
  String repo;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Last N scans (default: 20).")
  int limit;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table (default) or json.")
  String format;

  /** One row of the trend. */
  record Row(String scannedAt, String commit, String branch, String verdict, Map<String, Double> scores,
             Double overallDelta, int newFindings, int fixedFindings) {}

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("json")) {
      throw new UsageException("--format must be table or json, got '" + format + "'");
    }
    if (limit < 1) throw new UsageException("--limit must be at least 1");
    HistoryLocation location;
    try {
      location = HistoryLocation.parse(history);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (HistoryStore store = HistoryStore.open(location)) {
      List<HistoryStore.RepositoryRow> repos = store.repositories();
      String name = repo;
      if (name == null) {
        if (repos.size() != 1) {
          printRepositories(out, repos);
          return 0;
        }
        name = repos.get(0).repository();
      }
      final String wanted = name;
      if (repos.stream().noneMatch(r -> r.repository().equals(wanted))) {
        throw new UsageException("no scans of '" + name + "' in " + location.display()
            + (repos.isEmpty() ? " (it holds none)" : "; it holds: "
            + String.join(", ", repos.stream().map(HistoryStore.RepositoryRow::repository).toList())));
      }
      List<Row> rows = rows(store, store.trend(name, limit + 1));
      if (rows.size() > limit) rows = rows.subList(rows.size() - limit, rows.size());
      if (format.equals("json")) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("repository", name);
        doc.put("scans", rows);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
      } else {
        printTrend(out, name, rows);
      }
      return 0;
    } catch (HistoryException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  private static List<Row> rows(HistoryStore store, List<HistoryStore.Entry> entries) throws HistoryException {
    List<Row> rows = new ArrayList<>();
    Set<String> before = null;
    Double previous = null;
    for (HistoryStore.Entry e : entries) {
      Set<String> now = store.fingerprints(e.id());
      int added = 0;
      int fixed = 0;
      if (before != null) {
        for (String f : now) if (!before.contains(f)) added++;
        for (String f : before) if (!now.contains(f)) fixed++;
      }
      Double overall = e.scores().get("overall");
      Double delta = previous == null || overall == null ? null : Math.round((overall - previous) * 10) / 10.0;
      rows.add(new Row(e.scannedAt(), e.commit(), e.branch(), e.verdict(), e.scores(), delta,
          before == null ? 0 : added, before == null ? 0 : fixed));
      before = now;
      previous = overall;
    }
    return rows;
  }

  private static void printRepositories(PrintWriter out, List<HistoryStore.RepositoryRow> repos) {
    if (repos.isEmpty()) {
      out.println("No scans recorded yet: run 'readiness scan --history DB'.");
      return;
    }
    out.println("Repositories (show one with --repo NAME):");
    for (HistoryStore.RepositoryRow r : repos) {
      out.printf(Locale.ROOT, "  %s  %d scan(s), last %s%n", r.repository(), r.scans(), r.lastScannedAt());
    }
  }

  private static void printTrend(PrintWriter out, String name, List<Row> rows) {
    out.println("Trend of " + name + " (" + rows.size() + " scan(s), oldest first)");
    out.printf(Locale.ROOT, "%-20s %-10s %-12s %7s %6s %5s %5s %5s %5s %5s %5s %5s  %s%n", "scanned", "commit", "branch",
        "overall", "delta", "infra", "auto", "sec", "mon", "docs", "new", "fixed", "verdict");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "%-20s %-10s %-12s %7s %6s %5s %5s %5s %5s %5s %5s %5s  %s%n", r.scannedAt(),
          r.commit() == null ? "-" : r.commit().substring(0, Math.min(10, r.commit().length())),
          r.branch() == null ? "-" : r.branch(), num(r.scores().get("overall")),
          r.overallDelta() == null ? "" : String.format(Locale.ROOT, "%+.1f", r.overallDelta()),
          num(r.scores().get("infrastructure")), num(r.scores().get("automation")), num(r.scores().get("security")),
          num(r.scores().get("monitoring")), num(r.scores().get("documentation")),
          "+" + r.newFindings(), "-" + r.fixedFindings(), r.verdict());
    }
  }

  private static String num(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.1f", d);
  }
}
