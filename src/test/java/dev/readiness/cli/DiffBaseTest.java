package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.testing.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --diff-base REF}: the change's delta, new and fixed findings, and a gate on new findings only. */
class DiffBaseTest {
  @TempDir Path dir;

  private static final String BASE = "services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n";

  private static void git(Path root, String... args) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-c", "user.email=t@example.com",
        "-c", "user.name=t", "-c", "commit.gpgsign=false"));
    cmd.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", args) + ": " + out);
  }

  private Path repoWithChange(String changedCompose) throws Exception {
    Path root = dir.resolve("repo");
    new TestRepo(root).file("compose.yaml", BASE).file("README.md", "# app\n").gitInit();
    git(root, "branch", "-M", "main");
    git(root, "checkout", "-q", "-b", "feature");
    Files.writeString(root.resolve("compose.yaml"), changedCompose);
    git(root, "commit", "-q", "--allow-empty", "-am", "change");
    return root;
  }

  @Test
  void aChangeThatAddsAHighFindingFailsTheGateOnItAlone() throws Exception {
    assumeTrue(TestRepo.gitAvailable(), "git is needed");
    Path root = repoWithChange(BASE + "    privileged: true\n");
    FleetAndHistoryCommandTest.Run r = FleetAndHistoryCommandTest.run("scan", root.toString(), "--diff-base", "main",
        "--docker", "off", "--quiet", "--fail-on", "high", "--format", "json,md", "--output", dir.resolve("out").toString());
    assertEquals(1, r.code(), r.err());
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out/readiness.json").toFile());
    assertEquals("main", report.path("diff").path("base").asText());
    assertTrue(report.path("baseline").path("new").asInt() >= 1, report.path("baseline").toString());
    assertTrue(report.path("diff").path("delta").path("security").asDouble() < 0, report.path("diff").toString());
    String md = Files.readString(dir.resolve("out/readiness.md"));
    assertTrue(md.contains("## Change against `main`"), md);
    // The user's tree is untouched and the temporary worktree is gone.
    Process p = new ProcessBuilder("git", "worktree", "list").directory(root.toFile()).start();
    String worktrees = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    assertEquals(1, worktrees.strip().lines().count(), worktrees);
  }

  @Test
  void existingFindingsDoNotTripTheGateOfAHarmlessChange() throws Exception {
    assumeTrue(TestRepo.gitAvailable(), "git is needed");
    Path root = repoWithChange(BASE.replace("nginx:1.27", "nginx:1.28"));
    FleetAndHistoryCommandTest.Run plain = FleetAndHistoryCommandTest.run("scan", root.toString(), "--docker", "off",
        "--quiet", "--fail-on", "high", "--format", "json", "--output", dir.resolve("plain").toString());
    assertEquals(1, plain.code(), "the repository has high failures of its own (no CI, no deploy)");
    FleetAndHistoryCommandTest.Run diff = FleetAndHistoryCommandTest.run("scan", root.toString(), "--diff-base", "main",
        "--docker", "off", "--quiet", "--fail-on", "high", "--format", "json", "--output", dir.resolve("d").toString());
    assertEquals(0, diff.code(), diff.err());
    JsonNode report = new ObjectMapper().readTree(dir.resolve("d/readiness.json").toFile());
    assertEquals(0, report.path("baseline").path("new").asInt(), report.path("baseline").toString());
  }

  @Test
  void badRevisionsAndCombinationsAreUsageErrors() throws Exception {
    assumeTrue(TestRepo.gitAvailable(), "git is needed");
    Path root = repoWithChange(BASE);
    FleetAndHistoryCommandTest.Run r = FleetAndHistoryCommandTest.run("scan", root.toString(), "--diff-base",
        "no-such-branch", "--docker", "off", "--quiet", "--format", "json", "--output", dir.resolve("o").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown revision 'no-such-branch'"), r.err());
    Path plain = dir.resolve("plain");
    new TestRepo(plain).file("compose.yaml", BASE);
    FleetAndHistoryCommandTest.Run notGit = FleetAndHistoryCommandTest.run("scan", plain.toString(), "--diff-base",
        "main", "--docker", "off", "--quiet", "--format", "json", "--output", dir.resolve("o2").toString());
    assertEquals(2, notGit.code());
    assertFalse(notGit.err().isEmpty());
  }
}
