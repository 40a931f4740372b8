package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.oracle.Opa;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seven fidelity bugs of issue 16, each a complete test module under src/test/resources/rego-fidelity
 * whose tests pass under the real OPA (the oracle; checked here too when it is installed).
 */
class RegoFidelityTest {
  private static final Path DIR = Path.of("src/test/resources/rego-fidelity");

  private static RegoTestRunner.Report run(String filter) throws Exception {
    return new RegoTestRunner(BuiltinRegistry.standard(), Duration.ofSeconds(10), 10_000_000)
        .run(DIR, java.util.regex.Pattern.compile(filter));
  }

  private static void passes(String pkg, int tests) throws Exception {
    RegoTestRunner.Report r = run("^data\\." + pkg + "\\.");
    String failures = r.results().stream().filter(t -> t.status() != RegoTestRunner.Status.PASS)
        .map(t -> t.name() + ": " + t.status() + " " + t.message()).collect(Collectors.joining("\n"));
    assertEquals("", failures);
    assertEquals(tests, r.count(RegoTestRunner.Status.PASS));
  }

  @Test
  void bug1ChainedRuleBodies() throws Exception { passes("bug1", 2); }

  @Test
  void bug2ZeroArgumentHeadIsAPlainRule() throws Exception { passes("bug2", 1); }

  @Test
  void bug3NegationOverUndefinedArguments() throws Exception { passes("bug3", 8); }

  @Test
  void bug4ImportWinsOverSameNamedRule() throws Exception { passes("b4", 1); }

  @Test
  void bug5HeadRefBindsKey() throws Exception { passes("bug5", 1); }

  @Test
  void bug6LaterSomeDoesNotCaptureComprehensionVariable() throws Exception { passes("bug6", 1); }

  @Test
  void bug7OuterSomeUsedOnlyInComprehension() throws Exception { passes("bug7", 1); }

  @Test
  void realOpaPassesTheSameModules() throws Exception {
    Opa opa = Opa.require();
    Opa.Run r = opa.run(List.of("test", DIR.toAbsolutePath().toString()), null, null);
    assertEquals(0, r.exit(), r.stdout() + r.stderr());
    assertTrue(r.stdout().contains("PASS: 15/15"), r.stdout());
  }
}
