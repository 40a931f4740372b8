package dev.readiness.history;

import dev.readiness.baseline.Fingerprints;
import dev.readiness.check.Finding;
import dev.readiness.discover.GitProbe;
import dev.readiness.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records a finished scan in the history and returns the report with the repository's trend, for
 * {@code scan --history}. The repository is identified by its git origin URL (credentials and {@code .git}
 * dropped), else by the scanned directory's name, plus the path inside the work tree for a monorepo part.
 */
public final class ScanHistory {
  /** How many scans the report's trend shows. */
  static final int TREND = 50;

  private final HistoryLocation location;

  public ScanHistory(HistoryLocation location) {
    this.location = location;
  }

  public Report record(Report report, Path root, Fingerprints fingerprints) throws HistoryException {
    GitProbe git = new GitProbe();
    String repository = repository(report, git.run(root, "config", "--get", "remote.origin.url"));
    String branch = trim(git.run(root, "rev-parse", "--abbrev-ref", "HEAD"));
    if ("HEAD".equals(branch)) {
      branch = null;
    }
    try (HistoryStore store = HistoryStore.open(location)) {
      store.record(toRecord(report, repository, branch, fingerprints));
      List<Report.HistoryPoint> points = new ArrayList<>();
      for (HistoryStore.Entry e : store.trend(repository, TREND)) {
        points.add(new Report.HistoryPoint(e.scannedAt(), e.commit(), e.verdict(), e.scores()));
      }
      return report.withHistory(points);
    }
  }

  static ScanRecord toRecord(Report report, String repository, String branch, Fingerprints fingerprints) {
    List<ScanRecord.CheckRow> checks = new ArrayList<>();
    List<ScanRecord.FindingRow> findings = new ArrayList<>();
    for (Report.Check c : report.checks()) {
      checks.add(new ScanRecord.CheckRow(c.id(), c.severity(), c.status()));
      if (c.status().equals("fail") || c.status().equals("warn")) {
        for (Finding f : c.findings()) {
          findings.add(new ScanRecord.FindingRow(c.id(), fingerprints.of(c.id(), f), c.status()));
        }
      }
    }
    Map<String, Double> scores = new java.util.LinkedHashMap<>();
    report.scores().forEach((k, v) -> {
      if (v != null) {
        scores.put(k, v);
      }
    });
    return new ScanRecord(repository, report.target().gitCommit(), branch, report.scannedAt(),
        report.tool().version(), report.verdict().level(), scores, checks, findings);
  }

  /** The repository's identity: its normalised origin URL, else the directory name; plus the path in the repo. */
  static String repository(Report report, String originUrl) {
    String origin = trim(originUrl);
    String base;
    if (origin != null && !origin.isEmpty()) {
      base = origin.replaceFirst("^[a-z+]+://", "").replaceFirst("^[^@/]+@", "").replaceFirst("\\.git$", "")
          .replaceFirst("^([^/:]+):(?!\\d)", "$1/");
    } else {
      base = report.target().name();
    }
    String part = report.target().pathInRepo();
    return part == null || part.isEmpty() ? base : base + "/" + part;
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }
}
