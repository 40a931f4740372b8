package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.gate.GateOptions;
import dev.readiness.gate.GateResult;
import dev.readiness.score.Scorer;
import dev.readiness.testing.SampleScan;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Values from scanned files cannot inject markup into the HTML, Markdown or SARIF reports (end to end: hostile.HostileCorpusTest). */
class EscapingTest {
  private static final String HOSTILE = "<img src=x onerror=alert(1)> [link](http://evil.example) @octocat #12 | `tick`\n## heading";

  private static Report hostileReport() {
    CheckResult r = new CheckResult(SampleScan.meta("security.container.non-root", "security", Severity.HIGH),
        Status.FAIL, 0.0, List.of(new Finding(HOSTILE, "evil<script>.yml", 3, "service:<b>x</b>")), null, null, null, null);
    List<CheckResult> results = List.of(r);
    return new ReportBuilder(new ObjectMapper(), "0.1.0").build("</title><script>alert(1)</script>", null, SampleScan.document(),
        results, new Scorer().score(results), new GateOptions(null, Map.of(), null, false),
        new GateResult(true, List.of()), List.of(), Instant.EPOCH, 1);
  }

  private static String render(ReportWriter w) throws Exception {
    StringWriter s = new StringWriter();
    w.write(hostileReport(), s);
    return s.toString();
  }

  @Test
  void htmlEscapesEverythingFromTheScan() throws Exception {
    String html = render(new HtmlReportWriter(new Templates()));
    assertFalse(html.contains("<img src=x"), "raw tag leaked");
    assertFalse(html.contains("<script>alert"), "raw script leaked");
    assertFalse(html.contains("<b>x</b>"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("evil&lt;script&gt;.yml:3"));
    assertEquals(1, count(html, "<script>"), "only the report's own script");
  }

  @Test
  void htmlIsSelfContained() throws Exception {
    String html = new StringWriter().toString();
    StringWriter s = new StringWriter();
    new HtmlReportWriter(new Templates()).write(SampleScan.report(), s);
    html = s.toString();
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
    assertFalse(html.contains("@import"));
  }

  @Test
  void markdownEscapesEverythingFromTheScan() throws Exception {
    String md = render(new MarkdownReportWriter(new Templates()));
    assertFalse(md.contains("<img"), md);
    assertFalse(md.contains("[link](http"), "link syntax must be escaped");
    assertFalse(md.contains("@octocat"), "no mention");
    assertFalse(md.contains("\n## heading"), "a newline in a value cannot start a heading");
    assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt; \\[link\\](http://evil.example) &#64;octocat \\#12 \\| \\`tick\\` \\#\\# heading"), md);
    assertTrue(md.contains("`evil<script>.yml:3`"), "inside a code span the text is literal");
  }

  @Test
  void sarifMessagesCannotCarryEmbeddedLinks() throws Exception {
    com.fasterxml.jackson.databind.JsonNode result = new ObjectMapper().readTree(render(new SarifReportWriter(new ObjectMapper())))
        .at("/runs/0/results/0");
    assertEquals("<img src=x onerror=alert(1)> \\[link\\](http://evil.example) @octocat #12 | `tick`\n## heading",
        result.at("/message/text").asText());
    assertEquals("evil%3Cscript%3E.yml", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("a\\\\b \\[x\\]", SarifReportWriter.plainText("a\\b [x]"));
  }

  @Test
  void codeSpansCannotBeClosedEarly() {
    assertEquals("`a'b c`", MarkdownOutputFormat.codeSpan("a`b\nc"));
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
    return n;
  }
}
