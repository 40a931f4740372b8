package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.gate.Gate;
import dev.readiness.gate.GateOptions;
import dev.readiness.model.Diagnostic;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import dev.readiness.testing.SampleScan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Report details a first reader trips over: code spans, repetition, the advised fix, PR-comment size. */
class NewcomerReportsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Templates templates = new Templates();

  private static String render(ReportWriter w, Report r) throws Exception {
    StringWriter s = new StringWriter();
    w.write(r, s);
    return s.toString();
  }

  private static Report report(List<CheckResult> results, List<Diagnostic> diagnostics) {
    Scorecard card = new Scorer().score(results);
    GateOptions gate = new GateOptions(7.0, Map.of(), Severity.HIGH, false);
    return new ReportBuilder(MAPPER, "0.1.0").build("examples/my stack", null, SampleScan.document(), results, card, gate,
        new Gate(gate).evaluate(card, results), diagnostics, Instant.parse("2026-11-25T18:00:00Z"), 10);
  }

  private static String console(Report r, List<String> written) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new ConsoleSummary(false).print(r, written, new PrintStream(b, true, StandardCharsets.UTF_8));
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void infoNotesAreNotCalledProblems() {
    Report r = report(SampleScan.results(), List.of(Diagnostic.info("config", ".readiness.yml", 4, "suppression matched nothing")));
    String s = console(r, List.of("readiness-report/readiness.md"));
    assertFalse(s.contains("problem") || s.contains("diagnostic"), s);
  }

  @Test
  void problemsAreListedAndPointAtAReportOnlyWhenOneWasWritten() {
    List<Diagnostic> five = new ArrayList<>();
    for (int i = 1; i <= 5; i++) five.add(Diagnostic.warning("compose", "compose-" + i + ".yml", i, "invalid YAML " + i));
    five.add(Diagnostic.info("config", null, null, "a note"));
    Report r = report(SampleScan.results(), five);
    String none = console(r, List.of());
    assertTrue(none.contains("5 problem(s) while scanning (unreadable files, policy or configuration errors):\n"), none);
    assertTrue(none.contains("  warning compose-1.yml:1: invalid YAML 1\n"), none);
    assertFalse(none.contains("compose-4.yml"), "only the first few inline: " + none);
    assertTrue(none.contains("… and 2 more (no report was written: add --format md or html to list them all)"), none);
    assertFalse(none.contains("see the report"), none);
    String written = console(r, List.of("out/readiness.md", "out/readiness.html"));
    assertTrue(written.contains("… and 2 more in out/readiness.md\n"), written);
  }

  @Test
  void checkTextsShowCodeSpansAsCodeAndEscapeTheRest() throws Exception {
    List<CheckResult> results = new ArrayList<>(SampleScan.results());
    results.add(SampleScan.fail(new dev.readiness.check.CheckMetadata("infra.compose.restart-policy", "Services restart",
        "infrastructure", Severity.MEDIUM, "Services set `restart: unless-stopped` <b>or</b> `deploy.restart_policy`.",
        List.of("e"), "Add `restart: unless-stopped` & retry.", true, null, "policies/x.rego"),
        new Finding("service api has no restart policy", "compose.yaml", 3, "service:api")));
    Report r = report(results, List.of());
    String html = render(new HtmlReportWriter(templates), r);
    assertTrue(html.contains("<p>Services set <code>restart: unless-stopped</code> &lt;b&gt;or&lt;/b&gt; "
        + "<code>deploy.restart_policy</code>.</p>"), "description");
    assertTrue(html.contains("Add <code>restart: unless-stopped</code> &amp; retry."), "remediation");
    assertFalse(html.contains("`restart"), "no raw backticks in the HTML report");
    String md = render(new MarkdownReportWriter(templates), r);
    assertTrue(md.contains("  - Fix: Add `restart: unless-stopped` &amp; retry.\n"), md);
  }

  @Test
  void gapsAndRecommendationsDoNotRepeatTheSameItems() throws Exception {
    Report r = SampleScan.report();
    String md = render(new MarkdownReportWriter(templates), r);
    String gaps = md.substring(md.indexOf("## Critical Gaps"), md.indexOf("## Recommendations"));
    String plan = md.substring(md.indexOf("## Recommendations"), md.indexOf("## Deployment Readiness Score"));
    for (Report.Check c : r.checks()) {
      if (!r.gaps().high().contains(c.id()) && !r.gaps().medium().contains(c.id()) && !r.gaps().low().contains(c.id())) continue;
      assertTrue(gaps.contains(c.title()), c.id());
      assertFalse(plan.contains(c.title()), "the plan repeats the gap " + c.id() + ":\n" + plan);
      if (c.remediation().summary() != null) {
        assertTrue(gaps.contains("→ " + MarkdownOutputFormat.escape(c.remediation().summary())), "the gap says what to do: " + c.id());
        assertFalse(plan.contains(MarkdownOutputFormat.escape(c.remediation().summary())), "the plan repeats " + c.id());
      }
    }
    assertTrue(plan.contains("- Run `readiness fix examples/mvp-stack --only automation.ci.deploy,automation.deploy.rollback,"
        + "security.container.non-root,infra.dockerfile.coverage` to see the changes for 4 HIGH gap(s) as diffs"), plan);
    String html = render(new HtmlReportWriter(templates), r);
    String htmlPlan = html.substring(html.indexOf("aria-label=\"Recommendations\""), html.indexOf("aria-label=\"Checks\""));
    for (String id : r.gaps().high()) {
      Report.Check c = r.checks().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      assertFalse(htmlPlan.contains(c.title()), id);
    }
  }

  @Test
  void theAdvisedFixNamesTheScannedPathQuotedForTheShell() throws Exception {
    Report r = report(SampleScan.results(), List.of());
    assertEquals("readiness fix 'examples/my stack' --only automation.ci.deploy", r.recommendations().immediate().get(0).fix());
    String html = render(new HtmlReportWriter(templates), r);
    assertTrue(html.contains("Run <code>readiness fix &#39;examples/my stack&#39; --only automation.ci.deploy</code>."), "check line");
    String sarif = render(new SarifReportWriter(MAPPER), r);
    assertTrue(sarif.contains("readiness fix 'examples/my stack' --only security.container.non-root"), "SARIF rule help");
  }

  /** Many failing checks, each with long, escape-heavy messages: the summary's size does not follow. */
  @Test
  void theSummaryStaysWithinAPullRequestCommentWhateverTheRepository() throws Exception {
    List<CheckResult> results = new ArrayList<>();
    String noise = "@&<".repeat(150) + "*_[]#|`"; // escaping turns each of these into up to five characters
    for (int i = 0; i < 300; i++) {
      List<Finding> findings = new ArrayList<>();
      for (int f = 0; f < 30; f++) {
        findings.add(new Finding("finding " + f + " " + noise, "dir-" + "x".repeat(200) + "/file-" + f + ".yml", f + 1, "service:" + noise));
      }
      Severity sev = Severity.values()[i % Severity.values().length];
      results.add(new CheckResult(SampleScan.meta("custom.c" + i + "." + "y".repeat(80), "Title " + i + " " + noise,
          List.of("infrastructure", "automation", "security", "monitoring", "documentation").get(i % 5), sev,
          "Do it " + noise, i % 2 == 0), Status.FAIL, 0.0, findings, null, null, null, null));
    }
    Report r = report(results, List.of(Diagnostic.error("compose", "x.yml", 1, noise)));
    String full = render(new MarkdownReportWriter(templates), r);
    String summary = render(new SummaryReportWriter(templates), r);
    assertTrue(full.length() > 65_536, "the full report is over GitHub's comment limit: " + full.length());
    assertTrue(summary.length() <= SummaryReportWriter.BUDGET, "summary of " + summary.length() + " characters");
    assertTrue(summary.contains(" more in the full report"), summary);
    assertTrue(summary.contains("run `readiness fix 'examples/my stack'` to see the changes as diffs"), summary);
    assertFalse(summary.contains("@&<"), "escaped");
  }
}
