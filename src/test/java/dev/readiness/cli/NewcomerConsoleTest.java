package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.testing.SampleScan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a first user meets on the console: messages, usage errors, quiet mode, help, report files. */
class NewcomerConsoleTest {
  @TempDir Path repo;
  @TempDir Path out;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  /** {@code readiness scan ARGS} with the fake backend (sample results), the path given explicitly. */
  private int scan(FakeBackend backend, String... args) {
    stdout.reset();
    stderr.reset();
    ScanCommand command = new ScanCommand(() -> new ScanFlow(backend,
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
        Map.of(), false, Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC), "0.1.0"));
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler((ex, a) -> {
      cl.getErr().println("readiness: " + ex.getMessage());
      return ExitCodes.USAGE;
    });
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
    return cl.execute(args);
  }

  private int scan(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(repo.toString());
    return scan(new FakeBackend(), all.toArray(String[]::new));
  }

  private String out() { return stdout.toString(StandardCharsets.UTF_8); }

  private String err() { return stderr.toString(StandardCharsets.UTF_8); }

  private record Run(int code, String out, String err) {}

  /** The real command line (Main), as a user runs it. */
  private static Run main(String... args) {
    CommandLine cl = Main.newCommandLine();
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    cl.setOut(new PrintWriter(o));
    cl.setErr(new PrintWriter(e));
    int code = cl.execute(args);
    return new Run(code, o.toString(), e.toString());
  }

  @Test
  void quietStillSaysWhyTheGateFailed() {
    assertEquals(1, scan("--output", out.toString(), "--format", "json", "-q", "--fail-under", "7"));
    assertEquals("", out(), "quiet: no summary");
    assertEquals("Gate: failed: overall 4.3 < 7.0\n", err());
    assertEquals(0, scan("--output", out.toString(), "--format", "json", "-q", "--fail-under", "7", "--soft-fail"));
    assertEquals("Gate: failed (soft-fail): overall 4.3 < 7.0\n", err());
    assertEquals(0, scan("--output", out.toString(), "--format", "json", "-q", "--fail-under", "4"));
    assertEquals("", err(), "a passing gate stays quiet");
  }

  @Test
  void nothingScoredIsSaidInWords() {
    assertEquals(0, scan(new FakeBackend(List.of()), "--output", out.toString(), "--format", "md", repo.toString()));
    String first = out().lines().findFirst().orElseThrow();
    assertFalse(first.contains("n/a/10"), first);
    assertTrue(first.contains("nothing scored (no check applied)"), first);
  }

  @Test
  void unknownFormatListsEveryFormatScanAccepts() {
    assertEquals(2, scan("--format", "bogus"));
    assertTrue(err().contains("unknown report format 'bogus' (expected one of: md, html, json, sarif, junit, summary, github)"),
        err());
  }

  @Test
  void aBadExcludeOnTheCommandLineIsAUsageErrorLikeInTheConfig() throws Exception {
    assertEquals(2, scan("--exclude", "[abc", "--output", out.toString()));
    assertTrue(err().contains("--exclude: invalid glob '[abc'"), err());
    Files.writeString(repo.resolve(".readiness.yml"), "exclude: ['[abc']\n");
    assertEquals(2, scan("--output", out.toString()));
    assertTrue(err().contains(".readiness.yml:1: invalid glob '[abc'"), err());
    Files.delete(repo.resolve(".readiness.yml"));
    Run inspect = main("inspect", repo.toString(), "--exclude", "[abc", "--docker", "off");
    assertEquals(2, inspect.code(), inspect.err());
    assertTrue(inspect.err().contains("--exclude: invalid glob '[abc'"), inspect.err());
    Run fix = main("fix", repo.toString(), "--exclude", "[abc");
    assertEquals(2, fix.code(), fix.err());
    assertTrue(fix.err().contains("--exclude: invalid glob '[abc'"), fix.err());
  }

  @Test
  void anEmptyPathIsAUsageErrorNotTheCurrentDirectory() {
    assertEquals(2, scan(new FakeBackend(), "--output", out.toString(), ""));
    assertTrue(err().contains("PATH is empty"), err());
    for (String command : List.of("inspect", "fix")) {
      Run r = main(command, "");
      assertEquals(2, r.code(), command + ": " + r.out() + r.err());
      assertTrue(r.err().contains("PATH is empty"), r.err());
    }
  }

  @Test
  void categoryThresholdsWithoutAnEqualsSignSayWhatIsExpected() {
    assertEquals(2, scan("--fail-under-category", "security"));
    assertTrue(err().contains("--fail-under-category: 'security' should be CATEGORY=SCORE, e.g. security=6"), err());
    assertEquals(2, scan("--fail-under-category", "security=x"));
    assertTrue(err().contains("--fail-under-category security: 'x' is not a number"), err());
  }

  /** No message repeats a word ("option option") or names a path twice. */
  @Test
  void usageMessagesNeitherStutterNorRepeatThePath() throws Exception {
    Path file = Files.writeString(out.resolve("a-file"), "x");
    List<Run> runs = List.of(
        main("scan", repo.toString(), "--fail-under-category", "security"),
        main("scan", repo.toString(), "--output", file.toString(), "--docker", "off", "-q"),
        main("scan", repo.toString(), "--format", "json", "--output", out.resolve("o").toString(), "--docker", "off", "-q",
            "--write-baseline", file.resolve("base.json").toString()),
        main("scan", repo.toString(), "--bundle", file.toString(), "--docker", "off", "-q"),
        main("scan", repo.toString(), "--fail-on", "severe"),
        main("scan", repo.toString(), "--format", "bogus"));
    Pattern stutter = Pattern.compile("\\b(\\w+) \\1\\b");
    for (Run r : runs) {
      assertEquals(2, r.code(), r.err());
      Matcher m = stutter.matcher(r.err());
      assertFalse(m.find(), "repeated word '" + (m.hitEnd() ? "" : m.group()) + "' in: " + r.err());
      String name = file.toString();
      int at = r.err().indexOf(name);
      assertTrue(at < 0 || r.err().indexOf(name, at + name.length()) < 0, "the path twice in: " + r.err());
    }
    assertTrue(runs.get(1).err().contains("cannot create the report directory " + file + ": a file is in the way"),
        runs.get(1).err());
  }

  @Test
  void everyCommandSummaryInTheTopLevelHelpIsAWholeSentence() {
    Run help = main("--help");
    String flowed = help.out().replaceAll("\\n\\s+(?=[a-z`(])", " ");
    CommandLine cl = Main.newCommandLine();
    for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
      // the command list shows the header when there is one, else the first line of the description
      CommandLine.Model.UsageMessageSpec usage = sub.getValue().getCommandSpec().usageMessage();
      String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
      String first = summary.length == 0 ? "" : summary[0];
      if (first.contains("${")) continue; // picocli's own commands, with variables in their text
      assertTrue(first.endsWith("."), sub.getKey() + ": the first description line is what the command list shows: " + first);
      assertTrue(flowed.contains(first), sub.getKey() + " summary cut in:\n" + help.out());
    }
  }

  @Test
  void reportsGetTheUmaskPermissionsNotOwnerOnly() throws Exception {
    assertEquals(0, scan("--output", out.toString(), "--format", "md,json"));
    Path probe = Files.createFile(out.resolve("probe"));
    String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
    org.junit.jupiter.api.Assumptions.assumeFalse(expected.equals("rw-------"),
        "skipped: the umask is 077, so owner-only is what it gives");
    for (String f : List.of("readiness.md", "readiness.json")) {
      assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(f))), f);
    }
  }

  @Test
  void theSummaryFormatIsWrittenAndPrintable() throws Exception {
    assertEquals(0, scan("--output", out.toString(), "--format", "summary"));
    String summary = Files.readString(out.resolve("readiness-summary.md"));
    assertTrue(summary.startsWith("### Deployment readiness: mvp-stack · 4.3/10 · NOT Production Ready"), summary);
    assertEquals(0, scan("--stdout", "summary"));
    assertTrue(out().startsWith("### Deployment readiness:"), out());
  }

  @Test
  void theAdvisedFixNamesTheScannedPath() throws Exception {
    assertEquals(0, scan("--output", out.toString(), "--format", "json,md"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
    String fix = json.at("/recommendations/immediate/0/fix").asText();
    assertEquals("readiness fix " + repo + " --only automation.ci.deploy", fix);
    assertTrue(Files.readString(out.resolve("readiness.md")).contains("`readiness fix " + repo + " --only "));
    assertTrue(SampleScan.report().recommendations().immediate().get(0).fix().startsWith("readiness fix examples/mvp-stack --only"));
  }
}
