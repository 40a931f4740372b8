package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compose file that does not parse: the checks judging the stack are {@code error} with the reason,
 * the verdict says it is incomplete, and the repository never reads as having no compose file.
 */
class ComposeParseFailureTest {
  @TempDir Path repo;
  @TempDir Path out;

  @Test
  void checksDependingOnABrokenComposeFileAreErrorsAndTheVerdictIsIncomplete() throws Exception {
    Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n   bad: [\n");
    try (CliScan cli = new CliScan()) {
      JsonNode json = cli.scan(repo, out).json();
      JsonNode restart = check(json, "infra.compose.restart-policy");
      assertEquals("error", restart.path("status").asText());
      assertTrue(restart.path("error").asText().startsWith("cannot judge: docker-compose.yml: line 5: invalid YAML"), restart.toString());
      assertEquals("pass", check(json, "infra.compose.present").path("status").asText());
      assertEquals("error", check(json, "security.container.privileges").path("status").asText());
      JsonNode verdict = json.path("verdict");
      assertTrue(verdict.path("label").asText().contains("incomplete"), verdict.toString());
      boolean listed = false;
      for (JsonNode id : verdict.path("incomplete")) listed |= id.asText().equals("infra.compose.restart-policy");
      assertTrue(listed, verdict.toString());
    }
  }

  private static JsonNode check(JsonNode json, String id) {
    for (JsonNode c : json.path("checks")) if (c.path("id").asText().equals(id)) return c;
    throw new AssertionError("no check " + id);
  }
}
