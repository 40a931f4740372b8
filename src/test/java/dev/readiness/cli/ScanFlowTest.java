package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanFlowTest {
  @TempDir Path repo;
  @TempDir Path out;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private FakeBackend backend;

  @BeforeEach
  void setUp() {
    backend = new FakeBackend();
  }

  private int run(Map<String, String> env, String... args) {
    ScanCommand command = new ScanCommand(() -> new ScanFlow(backend,
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
        env, false, Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC), "0.1.0"));
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler((ex, a) -> ExitCodes.USAGE);
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
    List<String> all = new ArrayList<>(List.of(args));
    all.add(repo.toString());
    return cl.execute(all.toArray(String[]::new));
  }

  private int run(String... args) { return run(Map.of(), args); }

  private String out() { return stdout.toString(StandardCharsets.UTF_8); }

  private String err() { return stderr.toString(StandardCharsets.UTF_8); }

  @Test
  void writesEveryFormatAndPrintsTheSummary() throws Exception {
    assertEquals(0, run("--output", out.toString()));
    for (String f : List.of("readiness.md", "readiness.html", "readiness.json", "readiness.sarif", "readiness-junit.xml")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    try (var files = Files.list(out)) {
      assertEquals(5, files.count(), "no temp files left behind");
    }
    assertTrue(out().contains("4.3/10 · NOT Production Ready"), out());
    assertTrue(out().contains("Reports: " + out.resolve("readiness.md")), out());
    assertTrue(backend.closed, "the checks are closed");
    JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
    assertEquals("policy", json.at("/diagnostics/0/source").asText(), "runner diagnostics reach the report");
  }

  @Test
  void gateFailureExitsOneAndSoftFailZero() {
    assertEquals(1, run("--output", out.toString(), "--fail-under", "7"));
    assertTrue(out().contains("Gate: failed: overall 4.3 < 7.0"), out());
    assertEquals(0, run("--output", out.toString(), "--fail-under", "7", "--soft-fail"));
    assertTrue(out().contains("failed (soft-fail)"), out());
    assertEquals(1, run("--output", out.toString(), "--fail-on", "high"));
    assertEquals(0, run("--output", out.toString(), "--fail-under-category", "infrastructure=6,documentation=5"));
    assertEquals(1, run("--output", out.toString(), "--fail-under-category", "security=3"));
  }

  @Test
  void stdoutFormatPrintsOnlyThatReportAndWritesNoFiles() throws Exception {
    Path reportDir = out.resolve("reports");
    assertEquals(0, run("--output", reportDir.toString(), "--stdout", "json"));
    JsonNode json = new ObjectMapper().readTree(out());
    assertEquals(1, json.get("schemaVersion").asInt());
    assertFalse(Files.exists(reportDir));
    assertTrue(err().contains("NOT Production Ready"), "summary goes to stderr");
  }

  @Test
  void quietPrintsNothing() {
    assertEquals(0, run("--output", out.toString(), "--quiet", "--format", "json"));
    assertEquals("", out());
    assertEquals("", err());
  }

  @Test
  void configThresholdsApplyAndTheCommandLineWins() throws Exception {
    Files.writeString(repo.resolve(".readiness.yml"),
        "failUnder: 9\nexclude: [\"vendor/**\"]\nchecks:\n  docs.runbook: {enabled: false}\n");
    assertEquals(1, run("--output", out.toString(), "--format", "json", "--exclude", "tmp/**"));
    assertEquals(List.of("vendor/**", "tmp/**"), backend.exclude);
    JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
    assertEquals(9.0, json.at("/gate/failUnder").asDouble());
    assertTrue(json.toString().contains("automation.ci.deploy"));
    assertFalse(json.toString().contains("docs.runbook"), "disabled by config");
    assertEquals(0, run("--output", out.toString(), "--format", "json", "--fail-under", "4"));
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertEquals(2, run("--fail-on", "severe"));
    assertEquals(2, run("--format", "pdf"));
    assertEquals(2, run("--stdout", "xml"));
    assertEquals(2, run("--only", "nope.check"));
    assertEquals(2, run("--fail-under", "12"));
    assertEquals(2, run("--fail-under-category", "securty=5"));
    assertEquals(2, run("--docker", "maybe"));
    assertEquals(2, run("--baseline", out.resolve("missing-baseline.json").toString()));
    assertTrue(err().contains("baseline file not found: "), err());
    Files.writeString(repo.resolve(".readiness.yml"), "checks:\n  security.container.non-rot: {enabled: false}\n");
    assertEquals(2, run("--output", out.toString()));
    assertTrue(err().contains(".readiness.yml:2: unknown check ID 'security.container.non-rot' (did you mean"), err());
    assertEquals(2, run("--config", repo.resolve("missing.yml").toString()));
  }

  @Test
  void githubFormatWritesTheJobSummaryAndAnnotations() throws Exception {
    Path summary = out.resolve("step-summary.md");
    assertEquals(0, run(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "--output", out.toString(), "--format", "github"));
    assertTrue(Files.readString(summary).contains("## Critical Gaps"));
    assertTrue(out().contains("::error file=backend/Dockerfile,line=9,"), out());
  }

  @Test
  void aReportDirectoryInsideTheRepositoryIsNotScanned() {
    assertEquals(0, run("--output", repo.resolve("audit/out").toString(), "--format", "json", "-q"));
    assertEquals(List.of("/audit/out/**"), backend.exclude);
    assertEquals(null, ScanFlow.outputInside(repo, out));
  }

  @Test
  void pathInRepoIsRelativeToTheEnclosingWorkTree() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path sub = Files.createDirectories(repo.resolve("examples/app"));
    assertEquals("examples/app", ScanFlow.pathInRepo(sub));
    assertEquals(null, ScanFlow.pathInRepo(repo));
  }

  @Test
  void onlyAndSkipSelectChecks() throws Exception {
    assertEquals(0, run("--output", out.toString(), "--format", "json", "--only", "security", "--skip", "security.network.waf"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
    List<String> ids = new ArrayList<>();
    json.get("checks").forEach(c -> ids.add(c.get("id").asText()));
    assertEquals(List.of("security.container.non-root", "security.network.cors", "security.secrets.committed"), ids);
    assertTrue(json.at("/scores/infrastructure").isNull());
  }

  @Test
  void writesABaselineThenGatesOnlyOnWhatIsNew() throws Exception {
    Path base = out.resolve("baselines/base.json");
    assertEquals(1, run("--output", out.toString(), "--format", "json", "--fail-on", "high", "--write-baseline",
        base.toString()), "writing a baseline does not change this run's gate");
    assertTrue(out().contains("Baseline written: " + base + " (8 failing finding(s))"), out());
    assertEquals(0, run("--output", out.toString(), "--format", "json", "--fail-on", "high", "--baseline",
        base.toString()));
    assertTrue(out().contains("Baseline " + base + ": 0 new, 8 baselined (not gating)"), out());
    JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
    assertEquals(0, json.at("/baseline/new").asInt());
    assertEquals(4.3, json.at("/scores/overall").asDouble(), "the score is unchanged by the baseline");
    assertEquals(1, run("--output", out.toString(), "--format", "json", "--fail-under", "7", "--baseline",
        base.toString()), "score thresholds still apply");
  }

  @Test
  void aMalformedBaselineExitsTwoBeforeScanning() throws Exception {
    Path base = Files.writeString(out.resolve("base.json"), "{\"version\": 7, \"findings\": []}");
    assertEquals(2, run("--output", out.toString(), "--baseline", base.toString()));
    assertTrue(err().contains("readiness: invalid baseline file " + base + ": version 7 is not supported"), err());
    assertEquals(null, backend.exclude, "nothing was scanned");
  }

  @Test
  void aBaselineFileInsideTheRepositoryIsNotScanned() {
    Path base = repo.resolve("ci/base.json");
    assertEquals(0, run("--output", out.toString(), "--format", "json", "-q", "--write-baseline", base.toString()));
    assertTrue(Files.exists(base));
    assertEquals(List.of("/ci/base.json"), backend.exclude);
    assertEquals(0, run("--output", out.toString(), "--format", "json", "-q", "--baseline", base.toString()));
    assertEquals(List.of("/ci/base.json"), backend.exclude);
  }
}
