package dev.readiness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.cli.CliScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus (src/test/resources/hostile/README.md, one line per item). Each item is put
 * into an otherwise normal repository, a copy of the python-fastapi fixture, which is then scanned the
 * way {@code readiness scan} does it (ScanFlow with the production backend, every report written).
 * Each test asserts that the scan completes (the timeout is only a guard against a hang), that the
 * item is reported as its expected diagnostic with file and line, and that the rest of the repository
 * is still scored: every score is there, no built-in check errors, and every finding the fixture gets
 * on its own is still reported.
 */
class HostileCorpusTest {
  private static final Path FIXTURE = Path.of("src", "test", "resources", "repos", "python-fastapi");
  private static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
  /** A guard against a hang, far above any scan here; not a performance assertion. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final String BINARY = "skipped: binary or not UTF-8";

  private static CliScan cli;
  /** Findings the fixture gets when scanned alone, located in its own files: check|file:line|message. */
  private static Set<String> fixtureFindings;

  /** One temp dir holding the repository, the reports and a directory outside the repository (for links out of it). */
  @TempDir Path tmp;
  private Path repo;
  private Path out;
  private Path outside;

  @BeforeAll
  static void scanTheFixtureAlone(@TempDir Path alone, @TempDir Path reports) throws IOException {
    cli = new CliScan();
    copy(FIXTURE, alone);
    fixtureFindings = findings(cli.scan(alone, reports).json());
    assertTrue(fixtureFindings.size() > 10, "the fixture has findings to compare with: " + fixtureFindings);
  }

  @BeforeEach
  void copyTheFixture() throws IOException {
    repo = tmp.resolve("repo");
    out = tmp.resolve("reports");
    outside = Files.createDirectories(tmp.resolve("outside"));
    copy(FIXTURE, repo);
  }

  @AfterAll
  static void closeTheChecks() {
    cli.close();
  }

  // ------------------------------------------------------------------------------------------ YAML and JSON

  @Test
  void yamlAliasBomb() throws Exception {
    CliScan.Result r = scanWith("alias-bomb.yaml", "bomb/compose.yaml");
    assertEquals(List.of("error@2: invalid YAML: more than 200000 nodes once aliases are expanded (YAML alias bomb?)"),
        diagnostics(r, "bomb/compose.yaml"));
    assertRestScored(r, COMPOSE_INPUT_ERRORS);
  }

  @Test
  void deeplyNestedYaml() throws Exception {
    CliScan.Result r = scanWith("deep-nesting.yaml", "deep/compose.yaml");
    assertEquals(List.of("error@5: invalid YAML: Nesting Depth exceeded max 100"), diagnostics(r, "deep/compose.yaml"));
    assertRestScored(r, COMPOSE_INPUT_ERRORS);
  }

  @Test
  void deeplyNestedJson() throws Exception {
    CliScan.Result r = scanWith("deep-nesting.json", "web/package.json");
    List<String> d = diagnostics(r, "web/package.json");
    assertEquals(1, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("warning@null: invalid JSON (Document nesting depth"), d.toString());
    assertTrue(d.get(0).endsWith("); dependencies are looked up in its text"), d.toString());
    assertRestScored(r);
  }

  @Test
  void duplicateYamlKeys() throws Exception {
    CliScan.Result r = scanWith("duplicate-keys.yaml", "dup/compose.yaml");
    assertEquals(List.of("error@4: invalid YAML: duplicate key 'web'"), diagnostics(r, "dup/compose.yaml"));
    assertRestScored(r, COMPOSE_INPUT_ERRORS);
  }

  @Test
  void yamlSyntaxError() throws Exception {
    CliScan.Result r = scanWith("syntax-error.yml", ".github/workflows/broken.yml");
    List<String> d = diagnostics(r, ".github/workflows/broken.yml");
    assertEquals(1, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("error@4: invalid YAML: "), d.toString());
    assertRestScored(r);
  }

  // ------------------------------------------------------------------------------------------ bytes and lines

  @Test
  void fiftyMegabyteFile() throws Exception {
    HostileInputs.fiftyMegabyteFile(repo.resolve("config/huge.env"));
    CliScan.Result r = scan();
    assertEquals(List.of("warning@null: skipped: 52428800 bytes is over the size cap of 5242880 bytes"), diagnostics(r, "config/huge.env"));
    assertRestScored(r);
  }

  @Test
  void binaryFileWithADockerfileName() throws Exception {
    CliScan.Result r = scanWith("binary.Dockerfile", "worker/Dockerfile");
    assertEquals(List.of("warning@1: " + BINARY), diagnostics(r, "worker/Dockerfile"));
    assertTrue(findingsIn(r, "worker/Dockerfile").isEmpty(), "nothing is judged from a skipped file");
    assertRestScored(r);
  }

  @Test
  void invalidUtf8() throws Exception {
    CliScan.Result r = scanWith("invalid-utf8.env", "config/latin1.env");
    assertEquals(List.of("warning@2: " + BINARY), diagnostics(r, "config/latin1.env"));
    assertRestScored(r);
  }

  @Test
  void nulBytes() throws Exception {
    CliScan.Result r = scanWith("nul-bytes.yml", ".github/workflows/nul.yml");
    assertEquals(List.of("warning@3: " + BINARY), diagnostics(r, ".github/workflows/nul.yml"));
    assertRestScored(r);
  }

  @Test
  void crlfAndMixedLineEndings() throws Exception {
    place("mixed-endings.Dockerfile", "worker/Dockerfile");
    place("crlf.env", "config/crlf.env");
    CliScan.Result r = scan();
    assertEquals(List.of(), diagnostics(r, "worker/Dockerfile"));
    assertEquals(List.of(), diagnostics(r, "config/crlf.env"));
    // CRLF, LF and a lone CR each end one line: the RUN installing with pip starts on line 5.
    assertTrue(findingsOf(r, "infra.dockerfile.production-optimized").contains("worker/Dockerfile:5"), findingsIn(r, "worker/Dockerfile").toString());
    // No key keeps a carriage return: they are reported by name, on their own lines.
    assertEquals(List.of("docs.env-template|config/crlf.env:1|APP_ENV is not documented in an env template",
        "docs.env-template|config/crlf.env:2|LOG_LEVEL is not documented in an env template",
        "docs.env-template|config/crlf.env:3|WORKERS is not documented in an env template"),
        findingsIn(r, "config/crlf.env").stream().filter(f -> f.startsWith("docs.env-template|")).toList());
    assertRestScored(r);
  }

  @Test
  void dockerfileWithTenThousandContinuationLines() throws Exception {
    write("worker/Dockerfile", HostileInputs.continuationDockerfile(10_000));
    CliScan.Result r = scan();
    assertEquals(List.of(), diagnostics(r, "worker/Dockerfile"));
    // The long RUN spans lines 2 to 10002; the pip RUN after it is still placed right.
    assertTrue(findingsOf(r, "infra.dockerfile.production-optimized").contains("worker/Dockerfile:10003"), findingsIn(r, "worker/Dockerfile").toString());
    assertRestScored(r);
  }

  // ------------------------------------------------------------------------------------------ the file system

  @Test
  void symlinkLoop() throws Exception {
    HostileInputs.symlinkLoop(repo.resolve("loop-a"), repo.resolve("loop-b"));
    CliScan.Result r = scan();
    assertEquals(List.of("warning@null: skipped: symbolic link loop"), diagnostics(r, "loop-a"));
    assertEquals(List.of("warning@null: skipped: symbolic link loop"), diagnostics(r, "loop-b"));
    assertRestScored(r);
  }

  @Test
  void symlinkEscapingTheRoot() throws Exception {
    HostileInputs.symlinkOutside(repo.resolve("config/escape.env"), outside, "STOLEN_TOKEN=outside-the-root-7f3a9c\n");
    CliScan.Result r = scan();
    assertEquals(List.of("warning@null: skipped: symbolic link points outside the scanned root"), diagnostics(r, "config/escape.env"));
    for (String report : List.of(r.json().toString(), r.markdown(), r.html(), r.sarif())) {
      assertFalse(report.contains("STOLEN_TOKEN") || report.contains("outside-the-root-7f3a9c"), "the outside file was read");
    }
    assertRestScored(r);
  }

  @Test
  void brokenSymlink() throws Exception {
    Files.createDirectories(repo.resolve("config"));
    Files.createSymbolicLink(repo.resolve("config/broken.env"), repo.resolve("config/missing.env"));
    CliScan.Result r = scan();
    assertEquals(List.of("warning@null: skipped: broken symbolic link"), diagnostics(r, "config/broken.env"));
    assertRestScored(r);
  }

  @Test
  void unreadableFile() throws Exception {
    boolean unreadable = HostileInputs.unreadableFile(repo.resolve("config/secret.env"), "API_KEY=x\n");
    assumeTrue(unreadable, "running as root: a mode 000 file is still readable, so the unreadable-file item cannot be made here");
    CliScan.Result r = scan();
    assertEquals(List.of("error@null: unreadable: permission denied"), diagnostics(r, "config/secret.env"));
    assertRestScored(r);
  }

  @Test
  void fifo() throws Exception {
    assumeTrue(HostileInputs.fifo(repo.resolve("config/pipe.env")), "mkfifo is not available: cannot make the FIFO item");
    CliScan.Result r = scan();
    assertEquals(List.of("info@null: skipped: not a regular file (FIFO, socket or device)"), diagnostics(r, "config/pipe.env"));
    assertRestScored(r);
  }

  // ------------------------------------------------------------------------------------------ scale

  @Test
  void composeWithAThousandServices() throws Exception {
    write("many/compose.yaml", HostileInputs.composeWithServices(1_000));
    CliScan.Result r = scan();
    assertEquals(List.of(), diagnostics(r, "many/compose.yaml"));
    List<String> judged = findingsOf(r, "infra.compose.restart-policy").stream().filter(f -> f.startsWith("many/compose.yaml:")).toList();
    assertEquals(1_000, judged.size(), "every service is judged");
    assertRestScoredAlongsideAnotherStack(r);
  }

  @Test
  void envFileWithAHundredThousandKeys() throws Exception {
    write("config/many-keys.env", HostileInputs.envWithKeys(100_000));
    CliScan.Result r = scan();
    assertEquals(List.of("warning@10001: 100000 keys: only the first 10000 are checked"), diagnostics(r, "config/many-keys.env"));
    List<String> undocumented = findingsOf(r, "docs.env-template").stream().filter(f -> f.startsWith("config/many-keys.env:")).toList();
    assertEquals(10_000, undocumented.size());
    assertEquals("config/many-keys.env:10000", undocumented.get(undocumented.size() - 1));
    assertRestScored(r);
  }

  // ------------------------------------------------------------------------------------------ policies

  @Test
  void regoPolicyThatLoops() throws Exception {
    CliScan.Result r = scanWithPolicies(List.of(CORPUS.resolve("policies/loop")), List.of());
    assertBudgetExceeded(r, "custom.hostile.endless", "policies/loop/endless.rego");
    assertRestScored(r, "custom.hostile.endless");
  }

  @Test
  void regoPolicyThatAllocatesWithoutBound() throws Exception {
    CliScan.Result r = scanWithPolicies(List.of(CORPUS.resolve("policies/alloc")), List.of());
    assertBudgetExceeded(r, "custom.hostile.hoarding", "policies/alloc/hoarding.rego");
    assertRestScored(r, "custom.hostile.hoarding");
  }

  @Test
  void wasmBundleThatLoops() throws Exception {
    CliScan.Result r = scanWithPolicies(List.of(), List.of(CORPUS.resolve("loop.wasm")));
    assertBudgetExceeded(r, "custom.hostile.spin", "loop.wasm");
    assertRestScored(r, "custom.hostile.spin");
  }

  // ------------------------------------------------------------------------------------------ reports

  @Test
  void htmlInjectionInServiceNamesAndFilePaths() throws Exception {
    String dir = "evil<svg onload=alert(1)>";
    CliScan.Result r = scanWith("html-injection.compose.yaml", dir + "/compose.yaml");
    assertEquals(List.of(), diagnostics(r, dir + "/compose.yaml"));
    assertEquals(3, findingsOf(r, "security.container.privileges").size(), "the hostile services are judged");
    List<String> raw = List.of("<img src=x", "<svg onload", "<script>alert(2)", "</td></tr></table>");

    for (String tag : raw) assertFalse(r.html().contains(tag), "HTML report: raw " + tag);
    assertTrue(r.html().contains("evil&lt;svg onload=alert(1)&gt;/compose.yaml:4"), "HTML shows the path, escaped");
    assertTrue(r.html().contains("service &lt;img src=x onerror=alert(1)&gt; is privileged"));

    // In Markdown, paths sit in code spans (shown literally); everything outside them is escaped.
    String prose = Pattern.compile("`[^`\n]*`").matcher(r.markdown()).replaceAll("");
    for (String tag : raw) assertFalse(prose.contains(tag), "Markdown report: raw " + tag);
    assertFalse(prose.contains("[click me](https://evil.example/x)"), "Markdown report: a live link");
    assertTrue(r.markdown().contains("`" + dir + "/compose.yaml:7`: service \\[click me\\](https://evil.example/x) is privileged"));

    // SARIF: the path is a percent-encoded URI; link syntax in message text is escaped (SARIF 2.1.0 §3.11.6).
    assertTrue(r.sarif().contains("\"uri\" : \"evil%3Csvg%20onload%3Dalert%281%29%3E/compose.yaml\""), "SARIF URI");
    List<String> messages = sarifMessages(r);
    assertTrue(messages.contains("service \\[click me\\](https://evil.example/x) is privileged"), messages.toString());
    assertFalse(messages.stream().anyMatch(m -> m.contains("[click me](")), "SARIF message with a live embedded link");
    assertRestScoredAlongsideAnotherStack(r);
  }

  // ------------------------------------------------------------------------------------------ all at once

  /** Every small item in one repository: the scanners meet them in parallel, each still gets its diagnostic. */
  @Test
  void everySmallItemAtOnce() throws Exception {
    place("alias-bomb.yaml", "bomb/compose.yaml");
    place("deep-nesting.yaml", "deep/compose.yaml");
    place("deep-nesting.json", "web/package.json");
    place("duplicate-keys.yaml", "dup/compose.yaml");
    place("syntax-error.yml", ".github/workflows/broken.yml");
    place("binary.Dockerfile", "worker/Dockerfile");
    place("invalid-utf8.env", "config/latin1.env");
    place("nul-bytes.yml", ".github/workflows/nul.yml");
    place("mixed-endings.Dockerfile", "mixed/Dockerfile");
    HostileInputs.symlinkLoop(repo.resolve("loop-a"), repo.resolve("loop-b"));
    HostileInputs.symlinkOutside(repo.resolve("config/escape.env"), outside, "STOLEN_TOKEN=outside-the-root-7f3a9c\n");
    boolean fifo = HostileInputs.fifo(repo.resolve("config/pipe.env"));
    CliScan.Result r = scan();
    List<String> expected = new ArrayList<>(List.of("bomb/compose.yaml", "deep/compose.yaml", "web/package.json", "dup/compose.yaml",
        ".github/workflows/broken.yml", "worker/Dockerfile", "config/latin1.env", ".github/workflows/nul.yml", "loop-a", "loop-b",
        "config/escape.env"));
    if (fifo) expected.add("config/pipe.env");
    for (String file : expected) assertEquals(1, diagnostics(r, file).size(), file + ": " + diagnostics(r, file));
    assertTrue(findingsOf(r, "infra.dockerfile.production-optimized").contains("mixed/Dockerfile:5"), findingsIn(r, "mixed/Dockerfile").toString());
    assertRestScored(r, COMPOSE_INPUT_ERRORS);
  }

  // ------------------------------------------------------------------------------------------ helpers

  private CliScan.Result scan() {
    return scanWithPolicies(List.of(), List.of());
  }

  private CliScan.Result scanWith(String item, String at) throws IOException {
    place(item, at);
    return scan();
  }

  private CliScan.Result scanWithPolicies(List<Path> policyDirs, List<Path> bundles) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> cli.scan(repo, out, policyDirs, bundles), "the scan hangs");
  }

  /** Copies a corpus file into the repository. */
  private void place(String item, String at) throws IOException {
    Path target = repo.resolve(at);
    Files.createDirectories(target.getParent());
    Files.copy(CORPUS.resolve(item), target);
  }

  private void write(String at, String text) throws IOException {
    Path target = repo.resolve(at);
    Files.createDirectories(target.getParent());
    Files.writeString(target, text);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  /** The report's diagnostics about one file, as "level@line: message". */
  private static List<String> diagnostics(CliScan.Result r, String file) {
    List<String> out = new ArrayList<>();
    for (JsonNode d : r.json().get("diagnostics")) {
      if (file.equals(d.path("file").asText(null))) out.add(d.get("level").asText() + "@" + d.get("line").asText("null") + ": " + d.get("message").asText());
    }
    return out;
  }

  private static JsonNode check(CliScan.Result r, String id) {
    for (JsonNode c : r.json().get("checks")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no check " + id);
  }

  /** A check's findings as "file:line". */
  private static List<String> findingsOf(CliScan.Result r, String id) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : check(r, id).get("findings")) out.add(f.path("file").asText(null) + ":" + f.path("line").asText("null"));
    return out;
  }

  /** Every finding in one file, as "check|file:line|message". */
  private static List<String> findingsIn(CliScan.Result r, String file) {
    return findings(r.json()).stream().filter(f -> f.contains("|" + file + ":")).toList();
  }

  private static Set<String> findings(JsonNode json) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode c : json.get("checks")) {
      for (JsonNode f : c.get("findings")) {
        if (f.path("file").isTextual()) {
          out.add(c.get("id").asText() + "|" + f.get("file").asText() + ":" + f.path("line").asText("null") + "|" + f.get("message").asText());
        }
      }
    }
    return out;
  }

  private static List<String> sarifMessages(CliScan.Result r) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode result : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.sarif()).at("/runs/0/results")) {
      out.add(result.at("/message/text").asText());
    }
    return out;
  }

  private static void assertBudgetExceeded(CliScan.Result r, String id, String source) {
    JsonNode c = check(r, id);
    assertEquals("error", c.get("status").asText(), c.toString());
    assertTrue(c.get("error").asText().contains("budget_exceeded"), c.toString());
    assertFalse(c.get("error").asText().contains("budget_exceeded: budget_exceeded"), "the code once: " + c.get("error"));
    List<String> d = new ArrayList<>();
    for (JsonNode n : r.json().get("diagnostics")) {
      if (n.path("file").asText("").endsWith(source)) d.add(n.get("level").asText() + ": " + n.get("message").asText());
    }
    assertEquals(1, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("error: check " + id + " failed: budget_exceeded"), d.toString());
  }

  /**
   * The rest of the repository is still scored: all six scores, no check in error but the expected ones,
   * and every finding the fixture gets alone (in its own files) still reported.
   */
  /**
   * A compose file that does not parse is an input error: the checks that judge the compose stack say "cannot
   * judge" (status error) instead of judging what is left (the policy contract's input_errors).
   */
  private static final String[] COMPOSE_INPUT_ERRORS = {"infra.compose.build-context", "infra.compose.depends-on",
      "infra.compose.healthy-startup", "infra.compose.networks", "infra.compose.orchestration",
      "infra.compose.persistent-volumes", "infra.compose.production-override", "infra.compose.resource-limits",
      "infra.compose.restart-policy", "infra.env.runtime-file", "infra.image.pinned", "infra.proxy",
      "infra.scaling.replicas", "security.container.hardening", "security.container.privileges",
      "security.network.exposed-datastores"};

  /**
   * As {@link #assertRestScored}, when the hostile input is itself a second deployable compose stack: whether the
   * repository has a production configuration is then judged on both stacks, so that one repository-wide finding
   * may go.
   */
  private static void assertRestScoredAlongsideAnotherStack(CliScan.Result r) {
    assertRestScored(r, Set.of("infra.compose.production-override"));
  }

  private static void assertRestScored(CliScan.Result r, String... expectedErrors) {
    assertRestScored(r, Set.of(), expectedErrors);
  }

  private static void assertRestScored(CliScan.Result r, Set<String> rejudged, String... expectedErrors) {
    for (String s : List.of("infrastructure", "automation", "security", "monitoring", "documentation", "overall")) {
      assertTrue(r.json().at("/scores/" + s).isNumber(), "score " + s + ": " + r.json().get("scores"));
    }
    List<String> errors = new ArrayList<>();
    for (JsonNode c : r.json().get("checks")) {
      if (c.get("status").asText().equals("error")) errors.add(c.get("id").asText());
    }
    assertEquals(List.of(expectedErrors), errors, "checks in error");
    Set<String> now = findings(r.json());
    List<String> lost = fixtureFindings.stream().filter(f -> !now.contains(f))
        .filter(f -> !rejudged.contains(f.substring(0, f.indexOf('|'))))
        .filter(f -> !List.of(expectedErrors).contains(f.substring(0, f.indexOf('|')))).toList();
    assertEquals(List.of(), lost, "findings of the fixture's own files went missing");
  }
}
