package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.testing.TestRepo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code readiness fleet scan|report} and {@code scan --history} + {@code readiness history}, end to end. */
class FleetAndHistoryCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path repo(String name, String compose) {
    Path root = dir.resolve("repos").resolve(name);
    new TestRepo(root).file("compose.yaml", compose).file("README.md", "# " + name + "\n").gitInit();
    return root;
  }

  @Test
  void fleetScanScansEachRepositoryAndWritesTheDashboard() throws Exception {
    assumeTrue(TestRepo.gitAvailable(), "git is needed");
    repo("shop", "services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n");
    repo("blog", "services:\n  db:\n    image: postgres\n    ports: [\"5432:5432\"]\n");
    Path list = dir.resolve("repos/fleet.txt");
    Files.writeString(list, "# our services\nshop\n\nblog\nmissing\n");
    Path out = dir.resolve("out");
    Run r = run("fleet", "scan", "--list", list.toString(), "--output", out.toString(), "--jobs", "2");
    assertEquals(2, r.code(), "one repository could not be scanned: " + r.out() + r.err());
    assertTrue(r.out().contains("FAILED  missing"), r.out());
    assertTrue(r.out().contains("2 of 3 repositories scanned"), r.out());
    assertTrue(Files.isRegularFile(out.resolve("shop/readiness.json")));
    assertTrue(Files.isRegularFile(out.resolve("blog/readiness.html")));
    String page = Files.readString(out.resolve("index.html"));
    assertTrue(page.contains("href=\"shop/readiness.html\"") && page.contains("href=\"blog/readiness.html\""), page);
    JsonNode json = new ObjectMapper().readTree(out.resolve("index.json").toFile());
    assertEquals(2, json.path("repositoryCount").asInt());

    // fleet report re-aggregates any set of reports, with levels from a config file.
    Path config = dir.resolve("levels.yml");
    Files.writeString(config, "levels:\n  - name: platinum\n    minScore: 0\n");
    Run report = run("fleet", "report", out.toString(), "--output", dir.resolve("f/fleet.html").toString(),
        "--config", config.toString());
    assertEquals(0, report.code(), report.err());
    JsonNode again = new ObjectMapper().readTree(dir.resolve("f/fleet.json").toFile());
    assertEquals("platinum", again.path("repositories").get(0).path("level").asText());
  }

  @Test
  void badLevelsAndEmptyInputsAreUsageErrors() throws Exception {
    Path config = dir.resolve("levels.yml");
    Files.writeString(config, "levels:\n  - name: gold\n    minScore: 11\n");
    FleetTestReports.one(dir.resolve("r"));
    Run r = run("fleet", "report", dir.resolve("r").toString(), "--config", config.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("levels.yml:3") && r.err().contains("from 0 to 10"), r.err());
    Files.createDirectories(dir.resolve("empty"));
    Run none = run("fleet", "report", dir.resolve("empty").toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("no readiness JSON reports"), none.err());
  }

  @Test
  void historyRecordsEachScanAndPrintsTheTrend() throws Exception {
    assumeTrue(TestRepo.gitAvailable(), "git is needed");
    Path root = repo("shop", "services:\n  web:\n    image: nginx:1.27\n");
    Path db = dir.resolve("history.db");
    Run first = run("scan", root.toString(), "--docker", "off", "--quiet", "--soft-fail", "--history", db.toString(),
        "--format", "json", "--output", dir.resolve("r1").toString());
    assertEquals(0, first.code(), first.err());
    Files.writeString(root.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:latest\n");
    Run second = run("scan", root.toString(), "--docker", "off", "--quiet", "--soft-fail", "--history", db.toString(),
        "--format", "json,html", "--output", dir.resolve("r2").toString());
    assertEquals(0, second.code(), second.err());
    JsonNode report = new ObjectMapper().readTree(dir.resolve("r2/readiness.json").toFile());
    assertEquals(2, report.path("history").size(), "the report carries the trend");
    assertTrue(Files.readString(dir.resolve("r2/readiness.html")).contains("Score over time"));

    Run trend = run("history", "--history", db.toString());
    assertEquals(0, trend.code(), trend.err());
    assertTrue(trend.out().contains("Trend of shop (2 scan(s)"), trend.out());
    Run json = run("history", "--history", db.toString(), "--repo", "shop", "--format", "json");
    JsonNode scans = new ObjectMapper().readTree(json.out()).path("scans");
    assertEquals(2, scans.size());
    assertTrue(scans.get(1).path("newFindings").asInt() >= 1, "the :latest tag is a new finding: " + json.out());
    Run unknown = run("history", "--history", db.toString(), "--repo", "nope");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("no scans of 'nope'") && unknown.err().contains("shop"), unknown.err());
  }
}
