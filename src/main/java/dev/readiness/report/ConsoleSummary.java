package dev.readiness.report;

import dev.readiness.model.Diagnostic;
import java.io.PrintStream;
import java.util.List;

/**
 * The short summary printed after a scan: scores, verdict, top gaps with their IDs, the gate and where
 * the reports went. ANSI colors only when asked for (the caller decides: a terminal and no NO_COLOR).
 */
public final class ConsoleSummary {
  private static final int TOP_GAPS = 8;
  /** Problems listed on the console before "and N more". */
  private static final int SHOWN_PROBLEMS = 3;
  private final boolean color;

  public ConsoleSummary(boolean color) { this.color = color; }

  /**
   * Prints the summary.
   *
   * @param written paths of the report files written (may be empty)
   */
  public void print(Report r, List<String> written, PrintStream out) {
    ReportView v = ReportView.of(r);
    String name = clean(r.target().name() == null ? r.target().path() : r.target().name());
    Double overall = r.scores().get("overall");
    String score = overall == null ? dim("nothing scored (no check applied)") : paint(v.overall() + "/10", overall);
    out.println(bold("readiness") + " · " + name + " · " + score + " · " + verdict(r.verdict().level(), r.verdict().label()));
    for (ReportView.Area a : v.areas()) {
      out.printf("  %-15s %s %5s%n", a.label(), bar(a.value()), paint(a.score(), a.value()));
    }
    ReportView.Counts n = v.counts();
    out.println("  " + n.total() + " checks: " + n.fail() + " fail, " + n.warn() + " partial, " + n.pass() + " pass, "
        + n.na() + " n/a" + (n.suppressed() > 0 ? ", " + n.suppressed() + " suppressed" : "")
        + (n.error() > 0 ? ", " + n.error() + " error" : ""));
    if (r.baseline() != null) out.println(baseline(r.baseline()));
    List<ReportView.Priority> gaps = v.gaps();
    int shown = 0;
    int total = 0;
    for (ReportView.Priority p : gaps) total += p.items().size();
    int width = 0;
    for (ReportView.Priority p : gaps) {
      for (ReportView.GapLine g : p.items()) width = Math.max(width, clean(g.check().id()).length());
    }
    if (total > 0) out.println("Top gaps:");
    for (ReportView.Priority p : gaps) {
      for (ReportView.GapLine g : p.items()) {
        if (shown == TOP_GAPS) break;
        String prio = String.format("%-6s", p.label());
        out.println("  " + (p.label().equals("HIGH") ? red(prio) : p.label().equals("MEDIUM") ? yellow(prio) : prio) + " "
            + String.format("%-" + Math.max(1, width) + "s", clean(g.check().id())) + "  " + dim(clean(g.check().title()) + (g.partial() ? " (partial)" : "")));
        shown++;
      }
    }
    if (total > shown) out.println("  … and " + (total - shown) + " more in the report");
    problems(r.diagnostics(), written, out);
    String gate = gateLine(r);
    if (gate != null) out.println(gate);
    if (!written.isEmpty()) out.println("Reports: " + clean(String.join(", ", written)));
  }

  /**
   * The gate's result, {@code Gate: passed} or {@code Gate: failed: reasons}, or null when no gate was
   * set. Printed in the summary, and on its own with {@code --quiet} when the gate fails.
   */
  public String gateLine(Report r) {
    Report.Gate gate = r.gate();
    if (gate.failUnder() == null && gate.failOn() == null && gate.failUnderCategory().isEmpty()) return null;
    String state = gate.passed() ? green("passed") : red("failed") + (gate.softFail() ? " (soft-fail)" : "");
    return "Gate: " + state + (gate.reasons().isEmpty() ? "" : ": " + clean(String.join("; ", gate.reasons())));
  }

  /**
   * Warnings and errors of the run (unreadable files, policy errors; info notes are left to the
   * reports): the first few inline, the rest in a report when one was written.
   */
  private void problems(List<Diagnostic> diagnostics, List<String> written, PrintStream out) {
    List<Diagnostic> problems = diagnostics.stream().filter(d -> !"info".equals(d.level())).toList();
    if (problems.isEmpty()) return;
    out.println(yellow(problems.size() + " problem(s)") + " while scanning (unreadable files, policy or configuration errors):");
    int shown = Math.min(problems.size(), SHOWN_PROBLEMS);
    for (Diagnostic d : problems.subList(0, shown)) {
      String where = d.file() == null ? "" : " " + d.file() + (d.line() == null ? "" : ":" + d.line());
      out.println("  " + d.level() + clean(where) + ": " + clean(d.message()));
    }
    int more = problems.size() - shown;
    if (more > 0) {
      out.println("  … and " + more + " more " + (written.isEmpty()
          ? "(no report was written: add --format md or html to list them all)"
          : "in " + clean(written.get(0))));
    }
  }

  private String baseline(Report.Baseline b) {
    String line = "  Baseline " + clean(b.file()) + ": " + (b.newFindings() > 0 ? red(b.newFindings() + " new") : green("0 new"))
        + ", " + b.baselined() + " baselined (not gating)";
    if (b.fixed() > 0) line += ", " + b.fixed() + " fixed since baseline (prune with --write-baseline)";
    return line;
  }

  private String bar(Double score) {
    int filled = score == null ? 0 : (int) Math.round(score);
    String on = color ? "█" : "#";
    String off = color ? "░" : ".";
    String b = on.repeat(filled) + off.repeat(10 - filled);
    return score == null ? dim(b) : paintRaw(b, score);
  }

  private String verdict(String level, String label) {
    if (level.equals("ready")) return bold(green(label));
    return bold(level.equals("caveats") ? yellow(label) : red(label));
  }

  private String paint(String text, Double score) {
    return score == null ? dim(text) : paintRaw(text, score);
  }

  private String paintRaw(String text, double score) {
    return score >= 8 ? green(text) : score >= 6 ? yellow(text) : red(text);
  }

  private String red(String s) { return ansi("31", s); }

  private String green(String s) { return ansi("32", s); }

  private String yellow(String s) { return ansi("33", s); }

  private String bold(String s) { return ansi("1", s); }

  private String dim(String s) { return ansi("2", s); }

  private String ansi(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  /** Removes control characters, so a hostile name cannot drive the terminal. */
  static String clean(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
    return b.toString();
  }
}
