package dev.readiness.report;

import java.io.PrintStream;
import java.util.List;

/**
 * The short summary printed after a scan: scores, verdict, top gaps with their IDs, the gate and where
 * the reports went. ANSI colors only when asked for (the caller decides: a terminal and no NO_COLOR).
 */
public final class ConsoleSummary {
  private static final int TOP_GAPS = 8;
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
    out.println(bold("readiness") + " · " + name + " · " + paint(v.overall() + "/10", r.scores().get("overall")) + " · "
        + verdict(r.verdict().level(), r.verdict().label()));
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
    if (!r.diagnostics().isEmpty()) {
      out.println(yellow(r.diagnostics().size() + " diagnostic(s)") + " (unreadable files, policy errors): see the report");
    }
    Report.Gate gate = r.gate();
    if (gate.failUnder() != null || gate.failOn() != null || !gate.failUnderCategory().isEmpty()) {
      String state = gate.passed() ? green("passed") : red("failed") + (gate.softFail() ? " (soft-fail)" : "");
      out.println("Gate: " + state + (gate.reasons().isEmpty() ? "" : ": " + clean(String.join("; ", gate.reasons()))));
    }
    if (!written.isEmpty()) out.println("Reports: " + clean(String.join(", ", written)));
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
