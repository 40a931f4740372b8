package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readiness.check.CheckSelection;
import dev.readiness.fix.engine.Catalog;
import dev.readiness.fix.engine.Planner;
import dev.readiness.fix.engine.RemediationRegistry;
import dev.readiness.fix.stack.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: every generator and patcher on fixture repositories of four stacks. The expected
 * output of a fixture is src/test/resources/fix/STACK/expected/ (each changed file as it would be
 * written, secrets masked) plus plan.diff. Update them only by running
 * {@code mvn test -Dtest=GoldenFixTest -Dreadiness.updateGolden=true} and reviewing the git diff.
 * The expected trees hold generated {@code .gitignore} files that ignore the generated {@code .env}:
 * a new golden {@code .env} must be added with {@code git add -f}, or a fresh clone lacks it.
 */
class GoldenFixTest {
  static final Path FIXTURES = Path.of("src/test/resources/fix");

  @ParameterizedTest
  @ValueSource(strings = {"python-fastapi", "node-vite", "java-maven", "go-service"})
  void planMatchesGolden(String name) throws Exception {
    Path repo = FixtureRepos.copy(name);
    Plan plan = FixtureRepos.planAll(repo, FixtureStacks.of(name));
    assertTrue(plan.refusals().isEmpty(), plan.refusals().toString());
    Path expected = FIXTURES.resolve(name).resolve("expected");
    StringBuilder diff = new StringBuilder();
    List<String> actualFiles = new ArrayList<>();
    for (FileChange c : plan.changes().changes()) {
      diff.append(UnifiedDiff.render(c));
      actualFiles.add(c.path());
    }
    StringBuilder notes = new StringBuilder();
    for (FixContext.Note n : plan.notes()) notes.append("[").append(n.checkId()).append("] ").append(n.message()).append('\n');
    if (Boolean.getBoolean("readiness.updateGolden")) {
      FixtureRepos.deleteTree(expected);
      for (FileChange c : plan.changes().changes()) {
        Path p = expected.resolve("files").resolve(c.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, c.shown(), StandardCharsets.UTF_8);
      }
      Files.writeString(expected.resolve("plan.diff"), diff.toString(), StandardCharsets.UTF_8);
      Files.writeString(expected.resolve("notes.txt"), notes.toString(), StandardCharsets.UTF_8);
      return;
    }
    if (!Files.isDirectory(expected)) fail("no golden output for " + name + "; run with -Dreadiness.updateGolden=true and review it");
    List<String> expectedFiles;
    Path files = expected.resolve("files");
    try (Stream<Path> s = Files.walk(files)) {
      expectedFiles = s.filter(Files::isRegularFile).map(p -> files.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertEquals(expectedFiles, actualFiles.stream().sorted().toList(), "changed files");
    for (FileChange c : plan.changes().changes()) {
      assertEquals(Files.readString(files.resolve(c.path())), c.shown(), c.path());
    }
    assertEquals(Files.readString(expected.resolve("plan.diff")), diff.toString(), "plan.diff");
    assertEquals(Files.readString(expected.resolve("notes.txt")), notes.toString(), "notes.txt");
  }

  /** Fixture copies and planning with every remediation in the catalog. */
  static final class FixtureRepos {
    private FixtureRepos() {}

    static Path copy(String name) throws IOException {
      Path src = FIXTURES.resolve(name).resolve("repo");
      Path dst = Files.createTempDirectory("readiness-fix-" + name + "-");
      try (Stream<Path> s = Files.walk(src)) {
        for (Path p : s.toList()) {
          Path t = dst.resolve(src.relativize(p).toString());
          if (Files.isDirectory(p)) Files.createDirectories(t);
          else Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      return dst;
    }

    static Plan planAll(Path repo, Stack stack) throws IOException {
      return planAll(repo, stack, false);
    }

    static Plan planAll(Path repo, Stack stack, boolean force) throws IOException {
      RemediationRegistry registry = new RemediationRegistry();
      Catalog catalog = Catalog.builtin(registry);
      Planner planner = new Planner(registry, catalog, new Templates(), deterministicRandom());
      List<String> all = catalog.entries().stream().map(Catalog.Entry::check).toList();
      return planner.plan(stack, all, CheckSelection.all(), new Workspace(new PathGuard(repo), force));
    }

    static SecureRandom deterministicRandom() {
      try {
        SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
        r.setSeed(42L);
        return r;
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    static void deleteTree(Path p) throws IOException {
      if (!Files.exists(p)) return;
      try (Stream<Path> s = Files.walk(p)) {
        for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
      }
    }
  }
}
