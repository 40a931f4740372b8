package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegoTestRunnerTest {
  private final RegoTestRunner runner = new RegoTestRunner(BuiltinRegistry.standard(), Duration.ofSeconds(5), 1_000_000);

  private static Map<String, String> policy() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("check.rego", "package c\ndeny contains \"root\" if input.user == \"root\"\n");
    m.put("check_test.rego", """
        package c
        test_root_denied if deny["root"] with input as {"user": "root"}
        test_other_allowed if count(deny) == 0 with input as {"user": "app"}
        test_wrong if count(deny) == 1 with input as {"user": "app"}
        test_error if 1 / input.zero with input as {"zero": 0}
        todo_test_later if false
        test_prints if { print("hello"); false }
        """);
    return m;
  }

  @Test
  void reportsPassFailSkipWithLocations() throws Exception {
    RegoTestRunner.Report r = runner.run(policy(), null);
    assertEquals(2, r.count(RegoTestRunner.Status.PASS));
    assertEquals(3, r.count(RegoTestRunner.Status.FAIL));
    assertEquals(1, r.count(RegoTestRunner.Status.SKIP));
    RegoTestRunner.TestResult wrong = r.results().stream().filter(t -> t.name().equals("data.c.test_wrong")).findFirst().orElseThrow();
    assertEquals("check_test.rego:4", wrong.location());
    RegoTestRunner.TestResult prints = r.results().stream().filter(t -> t.name().endsWith("test_prints")).findFirst().orElseThrow();
    assertEquals(List.of("hello"), prints.output());
    assertTrue(!r.ok());
  }

  @Test
  void runFilterSelectsByFullName() throws Exception {
    RegoTestRunner.Report r = runner.run(policy(), Pattern.compile("root_denied$"));
    assertEquals(1, r.results().size());
    assertTrue(r.ok());
  }

  @Test
  void parseErrorsAbortTheRun() {
    Map<String, String> m = policy();
    m.put("broken_test.rego", "package c\ntest_x if {\n");
    PolicyException e = assertThrows(PolicyException.class, () -> runner.run(m, null));
    assertEquals("rego_parse_error", e.code());
    assertTrue(e.location().startsWith("broken_test.rego:"), e.location());
  }
}
