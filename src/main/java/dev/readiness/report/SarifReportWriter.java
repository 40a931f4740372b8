package dev.readiness.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.check.Finding;
import dev.readiness.score.FixAdvice;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per check (help from the check's METADATA), one result
 * per finding of a failing or partial check. Paths are relative to the git work tree, as code scanning
 * expects; a finding without a file (something missing from the repository) points at the scanned directory.
 * With a baseline, every result carries {@code baselineState}: {@code new}, or {@code unchanged} for a finding the
 * baseline holds; the run's properties count new, unchanged and fixed findings.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String ROOT = "%SRCROOT%";

  private final ObjectMapper mapper;

  public SarifReportWriter(ObjectMapper mapper) {
    this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override public String format() { return "sarif"; }

  @Override public String fileName() { return "readiness.sarif"; }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", report.tool().name());
    driver.put("semanticVersion", report.tool().version());
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Report.Check c : report.checks()) {
      index.put(c.id(), index.size());
      rules.add(rule(c, report.target().path()));
    }
    ArrayNode results = run.putArray("results");
    boolean compared = report.baseline() != null;
    for (Report.Check c : report.checks()) {
      boolean fail = c.status().equals("fail");
      if (!fail && !c.status().equals("warn")) continue;
      int i = index.get(c.id());
      List<Finding> held = c.baselinedFindings();
      if (c.findings().isEmpty() && held.isEmpty()) {
        results.add(result(report.target(), c, i, new Finding("Not met: " + c.title(), null, null, null), fail,
            state(compared, c.allBaselined())));
      }
      for (Finding f : c.findings()) results.add(result(report.target(), c, i, f, fail, state(compared, false)));
      for (Finding f : held) results.add(result(report.target(), c, i, f, fail, state(compared, true)));
    }
    run.putObject("automationDetails").put("id", "readiness/" + (report.target().name() == null ? "scan" : report.target().name()) + "/");
    if (compared) {
      ObjectNode b = run.putObject("properties").putObject("readinessBaseline");
      b.put("file", report.baseline().file());
      b.put("new", report.baseline().newFindings());
      b.put("unchanged", report.baseline().baselined());
      b.put("fixed", report.baseline().fixed());
    }
    mapper.writeValue(out, root);
    out.write("\n");
  }

  private ObjectNode rule(Report.Check c, String scannedPath) {
    ObjectNode rule = mapper.createObjectNode();
    rule.put("id", c.id());
    rule.put("name", ruleName(c.id()));
    rule.putObject("shortDescription").put("text", c.title());
    String description = c.description() == null || c.description().isBlank() ? c.title() : c.description();
    rule.putObject("fullDescription").put("text", description);
    String remediation = c.remediation().summary();
    StringBuilder text = new StringBuilder(description);
    StringBuilder md = new StringBuilder("**").append(MarkdownOutputFormat.escape(c.title())).append("**\n\n")
        .append(MarkdownOutputFormat.escape(description));
    if (remediation != null && !remediation.isBlank()) {
      text.append("\n\nRemediation: ").append(remediation);
      md.append("\n\n**Remediation:** ").append(MarkdownOutputFormat.escape(remediation));
    }
    if (c.remediation().fixable()) {
      String fix = FixAdvice.command(scannedPath, List.of(c.id()));
      text.append("\n\nRun `").append(fix).append("` to remediate.");
      md.append("\n\nRun `").append(fix).append("` to remediate.");
    }
    text.append("\n\nExplain: readiness explain ").append(c.id());
    ObjectNode help = rule.putObject("help");
    help.put("text", text.toString());
    help.put("markdown", md.toString());
    rule.putObject("defaultConfiguration").put("level", level(c.severity(), true));
    ObjectNode props = rule.putObject("properties");
    ArrayNode tags = props.putArray("tags");
    tags.add("readiness");
    if (c.category() != null) tags.add(c.category());
    props.put("precision", "high");
    props.put("problem.severity", level(c.severity(), true).equals("note") ? "recommendation" : level(c.severity(), true));
    if ("security".equals(c.category())) props.put("security-severity", securitySeverity(c.severity()));
    return rule;
  }

  /** SARIF's baselineState of a result when a baseline was given, else null (left out). */
  private static String state(boolean compared, boolean baselined) {
    if (!compared) return null;
    return baselined ? "unchanged" : "new";
  }

  private ObjectNode result(Report.Target target, Report.Check c, int ruleIndex, Finding f, boolean fail,
                            String baselineState) {
    ObjectNode r = mapper.createObjectNode();
    r.put("ruleId", c.id());
    r.put("ruleIndex", ruleIndex);
    r.put("level", level(c.severity(), fail));
    String message = f.message() == null || f.message().isBlank() ? c.title() : f.message();
    r.putObject("message").put("text", plainText(message) + (fail ? "" : " (partial)"));
    ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    String root = target.pathInRepo() == null || target.pathInRepo().isEmpty() ? "." : target.pathInRepo();
    artifact.put("uri", uri(f.file() == null ? root : target.inRepo(f.file())));
    artifact.put("uriBaseId", ROOT);
    physical.putObject("region").put("startLine", f.line() == null || f.line() < 1 ? 1 : f.line());
    ObjectNode props = r.putObject("properties");
    props.put("status", c.status());
    if (f.resource() != null) props.put("resource", f.resource());
    if (baselineState != null) r.put("baselineState", baselineState);
    r.putObject("partialFingerprints").put("readiness/v1", fingerprint(c.id() + "|" + f.file() + "|" + f.resource()
        + "|" + message));
    return r;
  }

  /**
   * Message text from the scan as a SARIF plain-text message: backslashes and square brackets are
   * escaped with a backslash, so a value such as a service named {@code [x](https://...)} cannot read
   * as an embedded link (SARIF 2.1.0 §3.11.6; viewers such as GitHub code scanning render those).
   */
  static String plainText(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '[' || c == ']') b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  /** A stable fingerprint of a finding, so code scanning tracks the same alert across runs. */
  static String fingerprint(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 16; i++) b.append(String.format("%02x", d[i]));
      return b.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** A relative URI reference: each path segment percent-encoded, separators kept. */
  static String uri(String path) {
    StringBuilder b = new StringBuilder();
    for (byte by : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = by & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  private static String level(String severity, boolean fail) {
    if (!fail) return "note".equals(level(severity, true)) ? "note" : "warning";
    switch (severity) {
      case "critical": case "high": return "error";
      case "medium": return "warning";
      default: return "note";
    }
  }

  private static String securitySeverity(String severity) {
    switch (severity) {
      case "critical": return "9.5";
      case "high": return "8.0";
      case "medium": return "5.5";
      default: return "3.0";
    }
  }

  private static String ruleName(String id) {
    StringBuilder b = new StringBuilder();
    boolean upper = true;
    for (char ch : id.toCharArray()) {
      if (!Character.isLetterOrDigit(ch)) {
        upper = true;
        continue;
      }
      b.append(upper ? Character.toUpperCase(ch) : ch);
      upper = false;
    }
    return b.toString();
  }
}
