package dev.readiness.report;

import dev.readiness.check.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code --format github}: the Markdown report appended to the job summary ({@code $GITHUB_STEP_SUMMARY})
 * and one {@code ::error}/{@code ::warning} workflow command per finding, so findings show as
 * annotations on the files of a pull request. Findings held by a baseline get no annotation.
 */
public final class GithubOutput {
  private final MarkdownReportWriter markdown;

  public GithubOutput(MarkdownReportWriter markdown) { this.markdown = markdown; }

  /**
   * Writes the job summary (when {@code summaryFile} is set) and the annotations.
   *
   * @param summaryFile the value of GITHUB_STEP_SUMMARY, or null outside GitHub Actions
   * @param annotations where workflow commands go (stdout of the step)
   * @return true when the job summary was written
   */
  public boolean write(Report report, String summaryFile, PrintStream annotations) throws IOException {
    boolean summary = false;
    if (summaryFile != null && !summaryFile.isBlank()) {
      StringWriter md = new StringWriter();
      markdown.write(report, md);
      Files.writeString(Path.of(summaryFile), md.toString() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      summary = true;
    }
    for (Report.Check c : report.checks()) {
      boolean fail = c.status().equals("fail");
      if (!fail && !c.status().equals("warn")) continue;
      if (c.allBaselined()) continue;
      String command = fail && (c.severity().equals("critical") || c.severity().equals("high")) ? "error"
          : fail && c.severity().equals("medium") ? "warning" : fail ? "notice" : "warning";
      if (c.findings().isEmpty()) {
        annotations.println(command(command, null, null, c, "Not met: " + c.title()));
      }
      for (Finding f : c.findings()) annotations.println(command(command, report.target(), f, c, f.message()));
    }
    return summary;
  }

  private static String command(String kind, Report.Target target, Finding f, Report.Check c, String message) {
    StringBuilder b = new StringBuilder("::").append(kind).append(' ');
    if (f != null && f.file() != null) {
      b.append("file=").append(property(target.inRepo(f.file()))).append(',');
      if (f.line() != null) b.append("line=").append(f.line()).append(',');
    }
    b.append("title=").append(property(c.id() + " (" + c.severity() + ")"));
    b.append("::").append(data(message + (c.status().equals("warn") ? " (partial)" : "")
        + (c.remediation().summary() == null ? "" : " Fix: " + c.remediation().summary())));
    return b.toString();
  }

  /** Escapes a workflow command message (GitHub's rules: %, CR and LF). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow command property (also : and ,). */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
