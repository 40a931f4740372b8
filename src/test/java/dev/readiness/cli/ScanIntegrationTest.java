package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assess.DefaultScanBackend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness scan} end to end with the real pipeline and check runner on a fixture repository. */
class ScanIntegrationTest {
  private static final Path FIXTURE = Path.of("src", "test", "resources", "repos", "python-fastapi");

  @TempDir Path repo;
  @TempDir Path out;

  @Test
  void scansAFixtureAppliesSuppressionsAndWritesEveryReport() throws Exception {
    copy(FIXTURE, repo);
    // an inline suppression on the line above the dev-server CMD, and config suppressions (one expired)
    Path dockerfile = repo.resolve("Dockerfile");
    String text = Files.readString(dockerfile).replace("CMD [\"uvicorn\"",
        "# readiness:ignore infra.dockerfile.production-optimized this image is only used for local development\nCMD [\"uvicorn\"");
    Files.writeString(dockerfile, text);
    Files.writeString(repo.resolve(".readiness.yml"), String.join("\n",
        "suppressions:",
        "  - id: infra.proxy",
        "    reason: the platform's ingress terminates TLS",
        "    expires: 2027-06-30",
        "  - id: infra.deploy.targets",
        "    reason: old waiver",
        "    expires: 2026-01-01",
        ""));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ScanFlow flow = new ScanFlow(new DefaultScanBackend(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(), false,
        Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC), "0.1.0");
    ScanRequest q = new ScanRequest(repo.toString(), List.of("md", "html", "json", "sarif", "junit"), out, null, false,
        null, Map.of(), dev.readiness.check.Severity.HIGH, false, "off", null, List.of(), List.of(), true, List.of(),
        List.of(), null, null, List.of(), null);

    int exit = flow.run(q);

    JsonNode json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
    assertEquals(1, exit, "high checks fail on this fixture, so --fail-on high fails the gate");
    assertEquals("disabled", json.at("/inputs/docker").asText());
    assertEquals(List.of("docker-compose.yml"), List.of(json.at("/inputs/compose/0").asText()));
    assertEquals("suppressed", status(json, "infra.dockerfile.production-optimized"));
    JsonNode inline = check(json, "infra.dockerfile.production-optimized").get("suppression");
    assertEquals("this image is only used for local development", inline.get("reason").asText());
    assertEquals("Dockerfile:12", inline.get("source").asText());
    assertEquals("suppressed", status(json, "infra.proxy"));
    assertEquals("2027-06-30", check(json, "infra.proxy").at("/suppression/expires").asText());
    assertEquals("fail", status(json, "infra.deploy.targets"), "expired suppression is not applied");
    assertTrue(json.get("diagnostics").toString().contains("suppression of infra.deploy.targets expired on 2026-01-01"));
    assertTrue(json.at("/gate/reasons").toString().contains("fails (high >= high)"));
    for (String f : List.of("readiness.md", "readiness.html", "readiness.sarif", "readiness-junit.xml")) {
      assertTrue(Files.size(out.resolve(f)) > 1000, f);
    }
    String md = Files.readString(out.resolve("readiness.md"));
    assertTrue(md.contains("## Critical Gaps") && md.contains("### Verdict: NOT Production Ready"));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("Gate: failed"));
  }

  private static JsonNode check(JsonNode json, String id) {
    for (JsonNode c : json.get("checks")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no check " + id);
  }

  private static String status(JsonNode json, String id) {
    return check(json, id).get("status").asText();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
