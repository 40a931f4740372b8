package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assess.DefaultScanBackend;
import dev.readiness.check.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/** Baselines end to end with the real pipeline and built-in checks on a copy of a fixture repository. */
class ScanBaselineIntegrationTest {
  private static final Path FIXTURE = Path.of("src", "test", "resources", "repos", "python-fastapi");
  private static final String SECRET = "sk_live_51HxQmPz8Kd3vT9wLr2Ny7bCe4Fg6Jh";
  private static final String MONGO = "\n  mongo:\n    image: mongo:latest\n    ports:\n      - \"27017:27017\"\n";

  @TempDir Path repo;
  @TempDir Path out;
  @TempDir Path elsewhere;
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeEach
  void copyFixture() throws IOException {
    try (var walk = Files.walk(FIXTURE)) {
      for (Path p : walk.toList()) {
        Path target = repo.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    Files.writeString(repo.resolve("production.env"), "APP_ENV=production\nSTRIPE_SECRET_KEY=" + SECRET + "\n");
  }

  private int scan(Path baseline, Path writeBaseline) {
    ScanFlow flow = new ScanFlow(new DefaultScanBackend(), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(),
        false, Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC), "0.1.0");
    return flow.run(new ScanRequest(repo.toString(), List.of("json", "sarif"), out, null, true, null, Map.of(),
        Severity.HIGH, false, "off", null, List.of(), List.of(), true, List.of(), List.of(), null, baseline, List.of(),
        writeBaseline));
  }

  private JsonNode json() throws IOException { return mapper.readTree(out.resolve("readiness.json").toFile()); }

  private static void prepend(Path file, String text) throws IOException {
    Files.writeString(file, text + Files.readString(file));
  }

  /** file:line of every finding (new and baselined) of a check. */
  private static List<String> locations(JsonNode json, String checkId) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : json.get("checks")) {
      if (!c.get("id").asText().equals(checkId)) continue;
      for (String field : List.of("findings", "baselinedFindings")) {
        for (JsonNode f : c.path(field)) out.add(f.path("file").asText() + ":" + f.path("line").asText());
      }
    }
    return out;
  }

  @Test
  void baselinedFindingsSurviveLineShiftsAndOnlyNewOnesFailTheGate() throws Exception {
    Path base = elsewhere.resolve("nested/readiness-baseline.json");
    assertEquals(1, scan(null, base), "high checks fail on this fixture");
    JsonNode first = json();
    String text = Files.readString(base);
    JsonNode recorded = mapper.readTree(text);
    assertEquals(1, recorded.get("version").asInt());
    assertTrue(recorded.get("findings").size() > 5, text);
    assertFalse(text.contains(SECRET), "the secret value never reaches the baseline");
    assertFalse(text.contains("sk_live"), text);
    assertTrue(text.contains("\"checkId\" : \"security.secrets.committed\""), text);

    // shift every finding down: comments and blank lines above them
    prepend(repo.resolve("Dockerfile"), "# syntax=docker/dockerfile:1\n# built by CI\n\n");
    prepend(repo.resolve("docker-compose.yml"), "# the local stack\n\n");
    prepend(repo.resolve("production.env"), "# production settings\n\n");
    assertEquals(0, scan(base, null), "nothing new: the gate passes with --fail-on high");
    JsonNode shifted = json();
    assertEquals(0, shifted.at("/baseline/new").asInt(), shifted.get("baseline").toString());
    assertEquals(0, shifted.at("/baseline/fixed").asInt(), shifted.get("baseline").toString());
    assertEquals(recorded.get("findings").size(), shifted.at("/baseline/entries").asInt());
    assertNotEquals(locations(first, "security.secrets.committed"), locations(shifted, "security.secrets.committed"),
        "the lines did move");
    assertEquals(first.get("scores"), shifted.get("scores"), "the score reflects reality, baseline or not");

    // a new service with an unpinned image and a published datastore port
    Path compose = repo.resolve("docker-compose.yml");
    Files.writeString(compose, Files.readString(compose).replace("\nvolumes:\n", MONGO + "\nvolumes:\n"));
    assertEquals(0, scan(base, null), "new findings in partial (warn) checks do not trip --fail-on, as without a baseline");
    assertTrue(json().at("/baseline/new").asInt() >= 5, json().get("baseline").toString());
    // and a second committed secret: security.secrets.committed (critical, failing) now has a new finding
    Files.writeString(repo.resolve("production.env"), "GITHUB_TOKEN=ghp_" + "x7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9Hj2K" + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, scan(base, null), "a new finding of a failing high or critical check fails the gate");
    JsonNode changed = json();
    assertTrue(changed.at("/baseline/new").asInt() >= 1);
    assertEquals("[\"security.secrets.committed fails (critical >= high)\"]", changed.at("/gate/reasons").toString(),
        "the other failing high checks are baselined");
    boolean mongoIsNew = false;
    for (JsonNode c : changed.get("checks")) {
      for (JsonNode f : c.path("findings")) mongoIsNew |= "service:mongo".equals(f.path("resource").asText());
      for (JsonNode f : c.path("baselinedFindings")) {
        assertNotEquals("service:mongo", f.path("resource").asText(), "mongo is not in the baseline");
      }
    }
    assertTrue(mongoIsNew, "the new service's findings are reported as new");
    JsonNode sarif = mapper.readTree(out.resolve("readiness.sarif").toFile());
    boolean newInSarif = false;
    for (JsonNode r : sarif.at("/runs/0/results")) {
      newInSarif |= "new".equals(r.path("baselineState").asText()) && "service:mongo".equals(r.at("/properties/resource").asText());
    }
    assertTrue(newInSarif);

    // removing the secret: its entry is reported as fixed since the baseline
    Files.writeString(repo.resolve("production.env"), "APP_ENV=production\n");
    scan(base, null);
    JsonNode fixed = json();
    assertTrue(fixed.at("/baseline/fixed").asInt() >= 1);
    assertTrue(fixed.at("/baseline/fixedEntries").toString().contains("security.secrets.committed"),
        fixed.get("baseline").toString());
  }

  @Test
  void rewritingTheBaselineGivesTheSameFile() throws Exception {
    Path a = elsewhere.resolve("a.json");
    Path b = elsewhere.resolve("b.json");
    scan(null, a);
    prepend(repo.resolve("Dockerfile"), "# moved down\n");
    scan(a, b);
    assertEquals(Files.readString(a), Files.readString(b), "same findings, shifted: byte-identical baseline");
  }
}
