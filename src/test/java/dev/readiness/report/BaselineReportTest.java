package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.readiness.testing.SampleScan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every report format with a baseline: new findings count, baselined ones are shown apart. */
class BaselineReportTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Report report = SampleScan.baselineReport();

  private String render(ReportWriter w, Report r) throws Exception {
    StringWriter out = new StringWriter();
    w.write(r, out);
    return out.toString();
  }

  private static JsonNode check(JsonNode json, String id) {
    for (JsonNode c : json.get("checks")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no check " + id);
  }

  @Test
  void theGateIgnoresBaselinedChecksButNotTheScore() {
    assertEquals(List.of("overall 4.3 < 7.0", "security.container.non-root fails (high >= high)"), report.gate().reasons(),
        "automation.ci.deploy and automation.deploy.rollback fail at high too, but are baselined");
    assertEquals(SampleScan.report().scores(), report.scores(), "scores reflect reality");
    assertEquals(SampleScan.report().verdict(), report.verdict());
  }

  @Test
  void jsonSplitsFindingsAndSummarizesTheBaseline() throws Exception {
    JsonNode json = mapper.readTree(render(new JsonReportWriter(mapper), report));
    assertEquals("readiness-baseline.json", json.at("/baseline/file").asText());
    assertEquals(8, json.at("/baseline/entries").asInt());
    assertEquals(1, json.at("/baseline/new").asInt());
    assertEquals(7, json.at("/baseline/baselined").asInt());
    assertEquals(1, json.at("/baseline/fixed").asInt());
    assertEquals("security.network.cors", json.at("/baseline/fixedEntries/0/checkId").asText(), "it passes now");
    JsonNode fresh = check(json, "security.container.non-root");
    assertEquals(1, fresh.get("findings").size());
    assertFalse(fresh.has("baselined") || fresh.has("baselinedFindings"));
    JsonNode held = check(json, "automation.ci.deploy");
    assertEquals("fail", held.get("status").asText(), "the status stays the truth");
    assertTrue(held.get("baselined").asBoolean());
    assertEquals(0, held.get("findings").size());
    assertEquals("no workflow deploys", held.at("/baselinedFindings/0/message").asText());
    assertTrue(check(json, "docs.runbook").get("baselined").asBoolean(), "a failing check without findings");
    assertFalse(check(json, "docs.readme").has("baselined"));

    JsonNode plain = mapper.readTree(render(new JsonReportWriter(mapper), SampleScan.report()));
    assertFalse(plain.has("baseline"), "no baseline keys without --baseline");
    assertFalse(plain.toString().contains("baselined"));
  }

  @Test
  void sarifMarksEachResultNewOrUnchanged() throws Exception {
    JsonNode sarif = mapper.readTree(render(new SarifReportWriter(mapper), report));
    JsonNode run = sarif.at("/runs/0");
    List<String> fresh = new ArrayList<>();
    int unchanged = 0;
    for (JsonNode r : run.get("results")) {
      String state = r.get("baselineState").asText();
      if (state.equals("new")) fresh.add(r.get("ruleId").asText());
      else if (state.equals("unchanged")) unchanged++;
      else throw new AssertionError("unexpected baselineState " + state);
    }
    assertEquals(List.of("security.container.non-root"), fresh);
    assertEquals(7, unchanged, "baselined findings and baselined checks without findings");
    assertEquals(1, run.at("/properties/readinessBaseline/fixed").asInt());
    JsonNode plain = mapper.readTree(render(new SarifReportWriter(mapper), SampleScan.report()));
    assertFalse(plain.toString().contains("baselineState"));

    String shared = System.getProperty("readiness.shared");
    Path schemaFile = shared == null ? null : Path.of(shared, "schemas", "sarif-schema-2.1.0.json");
    assumeTrue(schemaFile != null && Files.exists(schemaFile),
        "schema check skipped: ../shared/schemas/sarif-schema-2.1.0.json is not available (set -Dreadiness.shared)");
    try (InputStream in = Files.newInputStream(schemaFile)) {
      var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif);
      assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);
    }
  }

  @Test
  void junitSkipsBaselinedFailingChecks() throws Exception {
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
        render(new JunitReportWriter(), report).getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
    // 6 failing checks in the sample; 5 have nothing new
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("7", suite.getAttribute("skipped"), "n/a + suppressed + 5 baselined");
    assertEquals(1, d.getElementsByTagName("failure").getLength());
    assertEquals(7, d.getElementsByTagName("skipped").getLength());
    Element deploy = byName(d.getElementsByTagName("testcase"), "automation.ci.deploy: CI deploys on main or tags");
    String reason = ((Element) deploy.getElementsByTagName("skipped").item(0)).getAttribute("message");
    assertEquals("baselined: 1 finding(s) already in the baseline (not gating)", reason);
    Element metrics = byName(d.getElementsByTagName("testcase"), "monitoring.metrics: Metrics are exposed and collected");
    assertTrue(metrics.getTextContent().contains("baselined (not gating): backend/app/main.py:40:"), "partial checks keep passing");
  }

  @Test
  void markdownAndHtmlHaveABaselinedSectionEscaped() throws Exception {
    Templates templates = new Templates();
    String md = render(new MarkdownReportWriter(templates), report);
    assertTrue(md.contains("## Baselined (7)"), md);
    assertTrue(md.contains("1 new finding(s). 1 baseline finding(s) match nothing any more (fixed since baseline)"), md);
    assertTrue(md.contains("- `automation.ci.deploy`: no workflow deploys"), md);
    assertTrue(md.contains("- `docs.runbook`: Not met: An operational runbook exists"), md);
    assertTrue(md.contains("· `automation.ci.deploy` · high, 0.0/10 · baselined"), md);
    assertFalse(md.contains("<script>alert"), "finding text stays escaped");
    assertFalse(render(new MarkdownReportWriter(templates), SampleScan.report()).contains("Baselined"));

    String html = render(new HtmlReportWriter(templates), report);
    assertTrue(html.contains("<h2>Baselined (7)</h2>"), html);
    assertTrue(html.contains("1 new · 7 baselined"));
    assertTrue(html.contains("Baselined (not gating):"));
    assertFalse(html.contains("<script>alert"), "finding text stays escaped");
    assertFalse(render(new HtmlReportWriter(templates), SampleScan.report()).contains("id=\"baselined\""));
  }

  @Test
  void consoleAndGithubAnnotationsShowOnlyWhatIsNew() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    new ConsoleSummary(false).print(report, List.of(), new PrintStream(console, true, StandardCharsets.UTF_8));
    String text = console.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("  Baseline readiness-baseline.json: 1 new, 7 baselined (not gating), 1 fixed since"
        + " baseline (prune with --write-baseline)"), text);
    ByteArrayOutputStream annotations = new ByteArrayOutputStream();
    new GithubOutput(new MarkdownReportWriter(new Templates())).write(report, null,
        new PrintStream(annotations, true, StandardCharsets.UTF_8));
    List<String> lines = annotations.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("::error file=backend/Dockerfile,line=9,title=security.container.non-root"));
  }

  private static Element byName(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) return e;
    }
    throw new AssertionError("no testcase " + name);
  }
}
