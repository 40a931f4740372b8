package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.fix.engine.Verifier;
import dev.readiness.fix.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every generated artifact passes what a user would run on it (shellcheck, bash -n, docker-compose
 * config, the readiness parsers), and a second run plans nothing. Tools that are not installed are
 * skipped with a message; .ci/run installs them (apt: shellcheck docker-compose).
 */
class GeneratedArtifactsTest {

  @ParameterizedTest
  @ValueSource(strings = {"python-fastapi", "node-vite", "java-maven", "go-service"})
  void appliedFixesPassVerificationAndASecondRunPlansNothing(String name) throws Exception {
    Path repo = GoldenFixTest.FixtureRepos.copy(name);
    try {
      Stack stack = FixtureStacks.of(name);
      Plan plan = GoldenFixTest.FixtureRepos.planAll(repo, stack);
      assertFalse(plan.isEmpty());
      Verifier verifier = new Verifier(new ProcessRunner(120));
      Optional<ProcessRunner.Result> baseline = verifier.composeBaseline(repo, stack);
      new AtomicApplier(new PathGuard(repo), FileOps.SYSTEM).apply(plan.changes(), null);
      Verifier.Outcome v = verifier.verify(repo, plan.changes(), stack, baseline);
      for (String s : v.skipped()) System.out.println("[" + name + "] skipped: " + s);
      assertTrue(v.failures().isEmpty(), String.join("\n", v.failures()));
      assertFalse(v.passed().isEmpty(), "nothing was verified");

      Plan second = GoldenFixTest.FixtureRepos.planAll(repo, stack);
      assertTrue(second.changes().isEmpty(), "second run plans: " + second.changes().changes().stream().map(FileChange::path).toList());

      // A validation that could not run is not a pass: the test reports itself skipped, naming it.
      assumeTrue(v.skipped().isEmpty(), "[" + name + "] not fully verified (tools missing): " + v.skipped());
      assertTrue(v.passed().stream().anyMatch(p -> p.contains("compose config")), "the compose chain was verified: " + v.passed());
    } finally {
      GoldenFixTest.FixtureRepos.deleteTree(repo);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"python-fastapi", "java-maven"})
  void generatedScriptsPassShellcheckAndSecretsFileIsPrivate(String name) throws Exception {
    assumeTrue(ProcessRunner.which("shellcheck").isPresent(), "shellcheck is not installed (apt-get install shellcheck); skipping");
    Path repo = GoldenFixTest.FixtureRepos.copy(name);
    try {
      Plan plan = GoldenFixTest.FixtureRepos.planAll(repo, FixtureStacks.of(name));
      new AtomicApplier(new PathGuard(repo), FileOps.SYSTEM).apply(plan.changes(), null);
      for (String script : new String[] {"scripts/wait-for-healthy.sh", "scripts/rollback.sh", "scripts/backup.sh"}) {
        ProcessRunner.Result r = new ProcessRunner(60).run(repo, java.util.List.of("shellcheck", "-S", "style", script));
        assertEquals(0, r.exit(), script + ":\n" + r.output());
        assertTrue(Files.isExecutable(repo.resolve(script)), script + " is executable");
      }
      assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(repo.resolve(".env")));
      assertTrue(Files.readString(repo.resolve(".gitignore")).lines().anyMatch(".env"::equals));
      FileChange env = plan.changes().changes().stream().filter(c -> c.path().equals(".env")).findFirst().orElseThrow();
      assertTrue(env.shown().contains("<generated secret>"));
      assertFalse(env.shown().equals(env.after()), "the diff never shows generated secret values");
    } finally {
      GoldenFixTest.FixtureRepos.deleteTree(repo);
    }
  }
}
