package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.assess.DefaultScanBackend;
import dev.readiness.bench.MonorepoGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real scans (built-in checks) of the two ends a newcomer tries: an empty directory and a large monorepo. */
class RealScanNewcomerTest {
  private static final CliScan SCANS = new CliScan();
  @TempDir Path dir;

  @AfterAll
  static void close() { SCANS.close(); }

  @Test
  void anEmptyDirectorySaysNothingWasFoundAndPassesNothingVacuously() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliScan.Result r = SCANS.scan(empty, dir.resolve("out"));
    assertTrue(r.console().contains("warning: nothing found: "), r.console());
    JsonNode secrets = null;
    for (JsonNode c : r.json().get("checks")) {
      if (c.get("id").asText().equals("security.secrets.committed")) secrets = c;
      assertTrue(!c.get("status").asText().equals("pass"), c.get("id").asText() + " passes on an empty directory");
    }
    assertEquals("n/a", secrets.get("status").asText(), "no secret found where nothing was searched is not a pass");
  }

  /**
   * A generated 1,000-file monorepo: its full Markdown report is over GitHub's 65,536-character comment
   * limit, and the summary format stays well within it.
   */
  @Test
  void theSummaryOfALargeRepositoryFitsInAPullRequestComment() throws Exception {
    Path repo = dir.resolve("mono");
    MonorepoGenerator.main(new String[] {repo.toString(), "1000"});
    Path out = dir.resolve("out");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
    ScanFlow flow = new ScanFlow(new DefaultScanBackend(), stream, stream, Map.of(), false, Clock.systemUTC(), "0.1.0");
    int exit = flow.run(new ScanRequest(repo.toString(), List.of("md", "summary"), out, null, true, null, Map.of(), null,
        false, "off", null, List.of(), List.of(), true, List.of(), List.of(), null, null, List.of(), null));
    assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));
    String md = Files.readString(out.resolve("readiness.md"));
    String summary = Files.readString(out.resolve("readiness-summary.md"));
    assertTrue(md.length() > 65_536, "the full report of this repository is over the limit (" + md.length() + "): the test shows something");
    assertTrue(summary.length() < 16_000, "summary of " + summary.length() + " characters");
    assertTrue(summary.contains("### Deployment readiness: mono · "), summary);
  }
}
