package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckSelection;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.fix.engine.Catalog;
import dev.readiness.fix.engine.FixRunner;
import dev.readiness.fix.engine.Planner;
import dev.readiness.fix.engine.RemediationRegistry;
import dev.readiness.fix.engine.Verifier;
import dev.readiness.fix.stack.Stack;
import dev.readiness.score.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix flow end to end with a stand-in scan: refusals, symlinks, a failing apply, running twice. */
class FixRunnerTest {
  private Path repo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copy() throws IOException {
    repo = GoldenFixTest.FixtureRepos.copy("python-fastapi");
  }

  @AfterEach
  void clean() throws IOException {
    GoldenFixTest.FixtureRepos.deleteTree(repo);
  }

  /** Every catalog check fails (fixable); scores come from the real scorer. */
  private static Assessment.Assessor failingEverything(Stack stack) {
    RemediationRegistry registry = new RemediationRegistry();
    List<CheckResult> results = new ArrayList<>();
    for (Catalog.Entry e : Catalog.builtin(registry).entries()) {
      String category = e.check().startsWith("infra") ? "infrastructure" : e.check().substring(0, e.check().indexOf('.'));
      CheckMetadata m = new CheckMetadata(e.check(), e.summary(), category, Severity.MEDIUM, "", List.of(), e.summary(), true, null, "test");
      results.add(new CheckResult(m, Status.FAIL, 0.0, List.of(), null, null, null, null));
    }
    return (root, exclude) -> new Assessment(stack, results, new Scorer().score(results), List.of());
  }

  private FixRunner runner(FileOps ops) {
    RemediationRegistry registry = new RemediationRegistry();
    Planner planner = new Planner(registry, Catalog.builtin(registry), new Templates(), new SecureRandom());
    return new FixRunner(failingEverything(FixtureStacks.python()), planner, new Verifier(new ProcessRunner(120)), ops);
  }

  private FixRunner.Outcome run(FileOps ops, boolean apply, boolean force, Set<String> only) throws IOException {
    FixRunner.Options o = new FixRunner.Options(repo, apply, new CheckSelection(only, Set.of()), false, force, null, List.of(), true);
    return runner(ops).run(o, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aCheckThatGetsWorseRollsEverythingBack() throws Exception {
    Assessment.Assessor failing = failingEverything(FixtureStacks.python());
    AtomicInteger scans = new AtomicInteger();
    Assessment.Assessor worsening = (root, exclude) -> {
      Assessment a = failing.assess(root, exclude);
      List<CheckResult> results = new ArrayList<>(a.results());
      CheckMetadata m = new CheckMetadata("infra.compose.networks", "networks", "infrastructure", Severity.MEDIUM, "", List.of(), "", false, null, "test");
      // Passes before the fix, fails in the re-scan after it.
      results.add(new CheckResult(m, scans.getAndIncrement() == 0 ? Status.PASS : Status.FAIL, 0.0, List.of(), null, null, null, null));
      return new Assessment(a.stack(), results, new Scorer().score(results), List.of());
    };
    RemediationRegistry registry = new RemediationRegistry();
    Planner planner = new Planner(registry, Catalog.builtin(registry), new Templates(), new SecureRandom());
    Map<String, String> before = TreeSnapshot.of(repo);
    FixRunner.Options o = new FixRunner.Options(repo, true, CheckSelection.all(), false, false, null, List.of(), false);
    FixRunner.Outcome outcome = new FixRunner(worsening, planner, new Verifier(new ProcessRunner(120)), FileOps.SYSTEM)
        .run(o, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(3, outcome.exitCode(), err.toString());
    assertTrue(err.toString().contains("infra.compose.networks (pass -> fail)"), err.toString());
    assertEquals(before, TreeSnapshot.of(repo), "all-or-nothing: the repository is as before");
  }

  @Test
  void planOnlyWritesNothingAndPrintsDiffs() throws Exception {
    Map<String, String> before = TreeSnapshot.of(repo);
    FixRunner.Outcome o = run(FileOps.SYSTEM, false, false, Set.of());
    assertEquals(0, o.exitCode());
    assertEquals(before, TreeSnapshot.of(repo));
    assertTrue(out.toString().contains("+++ b/compose.prod.yaml"), out.toString());
    assertTrue(out.toString().contains("Unsafe remediations not applied (opt in with --unsafe):"), out.toString());
    assertTrue(out.toString().contains("[security.container.non-root] add a non-root USER to the final stage of each Dockerfile: unsafe because"));
    assertFalse(out.toString().contains("security.container.non-root: add a non-root USER"), "an unsafe remediation is not planned without --unsafe");
    assertFalse(out.toString().matches("(?s).*POSTGRES_PASSWORD=[A-Za-z0-9_-]{20,}.*"), "no generated secret in the output");
  }

  @Test
  void userFileAtAGeneratorTargetIsRefusedWithoutForceAndNothingIsWritten() throws Exception {
    Files.writeString(repo.resolve("RUNBOOK.md"), "# our own runbook\n");
    Map<String, String> before = TreeSnapshot.of(repo);
    FixRunner.Outcome o = run(FileOps.SYSTEM, true, false, Set.of("docs.runbook"));
    assertEquals(2, o.exitCode());
    assertTrue(err.toString().contains("RUNBOOK.md exists and was not generated by readiness fix"), err.toString());
    assertEquals(before, TreeSnapshot.of(repo));
    assertEquals(0, run(FileOps.SYSTEM, true, true, Set.of("docs.runbook")).exitCode());
    assertTrue(Files.readString(repo.resolve("RUNBOOK.md")).contains(GeneratedMarker.TEXT));
  }

  @Test
  void symlinkPointingOutsideTheRootIsRefused(@TempDir Path outside) throws Exception {
    Files.createSymbolicLink(repo.resolve("scripts"), outside);
    Map<String, String> before = TreeSnapshot.of(repo);
    Map<String, String> outsideBefore = TreeSnapshot.of(outside);
    FixRunner.Outcome o = run(FileOps.SYSTEM, true, true, Set.of("automation.deploy.rollback"));
    assertEquals(2, o.exitCode());
    assertTrue(err.toString().contains("outside the repository"), err.toString());
    assertEquals(before, TreeSnapshot.of(repo));
    assertEquals(outsideBefore, TreeSnapshot.of(outside));
  }

  @Test
  void failureInTheMiddleOfTheApplyLeavesTheTreeExactlyAsBefore() throws Exception {
    Map<String, String> before = TreeSnapshot.of(repo);
    AtomicInteger writes = new AtomicInteger();
    FileOps failing = new FileOps() {
      @Override
      public void writeSynced(Path file, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
        if (writes.incrementAndGet() == 7) throw new IOException("read-only file system (simulated)");
        SYSTEM.writeSynced(file, data, permissions);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        SYSTEM.move(from, to);
      }
    };
    FixRunner.Outcome o = run(failing, true, false, Set.of());
    assertEquals(3, o.exitCode());
    assertTrue(err.toString().contains("nothing was changed"), err.toString());
    assertEquals(before, TreeSnapshot.of(repo));
  }

  @Test
  void runningTwiceChangesNothingTheSecondTime() throws Exception {
    assertEquals(0, run(FileOps.SYSTEM, true, false, Set.of()).exitCode(), err.toString());
    assertTrue(out.toString().contains("Score before -> after"), out.toString());
    Map<String, String> afterFirst = TreeSnapshot.of(repo);
    out.getBuffer().setLength(0);
    FixRunner.Outcome second = run(FileOps.SYSTEM, true, false, Set.of());
    assertEquals(0, second.exitCode());
    assertTrue(second.plan().isEmpty(), out.toString());
    assertTrue(out.toString().contains("Nothing to change."));
    assertEquals(afterFirst, TreeSnapshot.of(repo));
  }

  /**
   * The re-scan after the first round sees what that round added (here a service of the generated override), so the
   * documents generated in that round are out of date; the run plans the still-failing checks again on the new facts
   * (a follow-up round), and a second run finds nothing to change. Before, the second run rewrote DEPLOYMENT.md.
   */
  @Test
  void generatedDocsFollowWhatTheRunAddedSoASecondRunChangesNothing() throws Exception {
    Stack plain = FixtureStacks.python();
    List<Stack.Service> grown = new ArrayList<>(plain.services());
    grown.add(new Stack.Service("metrics-sidecar", "compose.prod.yaml", 1, "monitoring", null, "prom/prometheus:v2.55.1", null, null, List.of(), true,
        "unless-stopped", true, true, List.of(), List.of(), false, null, null, List.of(), List.of()));
    Stack after = new Stack(plain.name(), plain.components(), grown, plain.compose(), plain.dockerfiles(), plain.envFiles(), plain.composeVariables(),
        plain.workflows(), plain.scripts(), plain.gitignorePatterns(), plain.proxies());
    Assessment.Assessor before = failingEverything(plain);
    Assessment.Assessor later = failingEverything(after);
    // The stand-in scan sees the added service once the first round has written files.
    Assessment.Assessor scan = (root, exclude) -> Files.exists(root.resolve("DEPLOYMENT.md")) ? later.assess(root, exclude) : before.assess(root, exclude);
    RemediationRegistry registry = new RemediationRegistry();
    Planner planner = new Planner(registry, Catalog.builtin(registry), new Templates(), new SecureRandom());
    FixRunner.Options o = new FixRunner.Options(repo, true, new CheckSelection(Set.of("docs.deployment", "monitoring.metrics"), Set.of()), false, false, null,
        List.of(), false);
    FixRunner.Outcome first = new FixRunner(scan, planner, new Verifier(new ProcessRunner(120)), FileOps.SYSTEM).run(o, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, first.exitCode(), err.toString());
    assertTrue(Files.readString(repo.resolve("DEPLOYMENT.md")).contains("metrics-sidecar"), "the guide lists what the run added:\n" + out);
    Map<String, String> afterFirst = TreeSnapshot.of(repo);
    out.getBuffer().setLength(0);
    FixRunner.Outcome second = new FixRunner(scan, planner, new Verifier(new ProcessRunner(120)), FileOps.SYSTEM).run(o, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, second.exitCode(), err.toString());
    assertTrue(second.plan().isEmpty(), out.toString());
    assertEquals(afterFirst, TreeSnapshot.of(repo));
  }
}
