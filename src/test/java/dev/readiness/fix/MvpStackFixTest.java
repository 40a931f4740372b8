package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.check.CheckSelection;
import dev.readiness.check.Status;
import dev.readiness.fix.engine.FixRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a copy of examples/mvp-stack: {@code fix --apply} raises the overall score by at least 3 points,
 * every check it targets passes except the ones listed with the reason a human (or a scanner
 * limitation) is involved, and a second run plans nothing.
 */
class MvpStackFixTest {
  /** Targeted checks that may stay partial, and why. */
  private static final Map<String, String> KNOWN_PARTIAL = Map.of(
      "security.env.gitignored", "the env files are tracked: `git rm --cached` is a human step",
      "monitoring.logging.rotation", "the backend's own log file has no rotation (application code)",
      "security.network.waf", "the rate-limit snippet must be included in nginx.conf by a human",
      "security.network.exposed-datastores", "the compose merge does not apply `ports: !reset []` yet",
      "automation.backup", "the repo scanner does not see compose backup services yet");

  @Test
  void applyRaisesTheScoreAndTargetedChecksPass() throws Exception {
    Path example = Path.of("examples/mvp-stack");
    assumeTrue(Files.isDirectory(example), "examples/mvp-stack is not in this checkout");
    Path repo = Files.createTempDirectory("readiness-mvp-");
    try (ScanAssessor assessor = new ScanAssessor()) {
      copy(example, repo);
      FixRunner runner = FixRunner.standard(assessor);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      FixRunner.Options o = new FixRunner.Options(repo, true, CheckSelection.all(), false, null, List.of(), false);
      FixRunner.Outcome outcome = runner.run(o, new PrintWriter(out, true), new PrintWriter(err, true));
      System.out.println(out);
      assertEquals(0, outcome.exitCode(), err.toString());
      double before = outcome.before().overall();
      double after = outcome.after().overall();
      assertTrue(after - before >= 3.0, "overall " + before + " -> " + after);

      Assessment rescan = assessor.assess(repo, List.of());
      List<String> unexpected = new ArrayList<>();
      for (Plan.Step s : outcome.plan().steps()) {
        Status st = rescan.status(s.checkId());
        boolean ok = st == Status.PASS || (st == Status.WARN && KNOWN_PARTIAL.containsKey(s.checkId()))
            || (st == Status.FAIL && s.checkId().equals("security.network.waf"));
        if (!ok) unexpected.add(s.checkId() + "=" + (st == null ? "missing" : st.id()));
      }
      assertTrue(unexpected.isEmpty(), "targeted checks not passing: " + unexpected);

      StringWriter out2 = new StringWriter();
      FixRunner.Outcome second = runner.run(o, new PrintWriter(out2, true), new PrintWriter(new StringWriter(), true));
      assertTrue(second.plan().isEmpty(), "second run plans: " + second.plan().changes().changes().stream().map(FileChange::path).toList());
      assertEquals(Set.of(), Set.copyOf(second.plan().refusals()));
    } finally {
      GoldenFixTest.FixtureRepos.deleteTree(repo);
    }
  }

  private static void copy(Path src, Path dst) throws java.io.IOException {
    try (var s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path t = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
