package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.builtins.FunctionBuiltin;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Evaluation semantics through the public API. */
class RegoPolicyEngineTest {

  private static final String CHECK = """
      # METADATA
      # title: Containers run as a non-root user
      # description: Every service sets a non-root user.
      # custom:
      #   id: security.container.non-root
      #   severity: high
      package readiness.checks.security.container_non_root

      import rego.v1

      # METADATA
      # title: Root services
      deny contains msg if {
        msg := sprintf("service %s runs as root", [name])
        svc.user == "root"
        some name, svc in input.services
      }

      total := count(input.services)
      passing := total - count(deny)
      """;

  private static RegoPolicyEngine engine(String... sources) throws PolicyException {
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder();
    for (int i = 0; i < sources.length; i++) b.module("m" + i + ".rego", sources[i]);
    return b.build();
  }

  @Test
  void expressionsMayBeWrittenInAnyOrder() throws Exception {
    RegoPolicyEngine e = engine(CHECK);
    Value input = Json.parse("{\"services\":{\"web\":{\"user\":\"root\"},\"db\":{\"user\":\"pg\"}}}");
    Optional<Value> deny = e.evaluate("readiness/checks/security/container_non_root/deny", input);
    assertEquals(SetValue.of(StringValue.of("service web runs as root")), deny.orElseThrow());
    assertEquals(Json.parse("1"), e.evaluate("data.readiness.checks.security.container_non_root.passing", input).orElseThrow());
  }

  @Test
  void undefinedIsNotFalse() throws Exception {
    RegoPolicyEngine e = engine("package t\nallow if input.ok == true\ndefault d := false\nd if input.ok\n");
    assertTrue(e.evaluate("t/allow", Json.parse("{}")).isEmpty());
    assertEquals(Json.parse("false"), e.evaluate("t/d", Json.parse("{}")).orElseThrow());
    assertTrue(e.evaluate("t/allow", null).isEmpty(), "undefined input makes input refs undefined");
  }

  @Test
  void annotationsExposeMetadataByPackageAndRule() throws Exception {
    RegoPolicyEngine e = engine(CHECK);
    List<RegoAnnotation> anns = e.annotations();
    RegoAnnotation pkg = anns.stream().filter(a -> a.scope().equals("package")).findFirst().orElseThrow();
    assertEquals("readiness.checks.security.container_non_root", pkg.path());
    assertEquals("Containers run as a non-root user", pkg.title());
    assertEquals("security.container.non-root", pkg.custom().get("id"));
    assertEquals("high", pkg.custom().get("severity"));
    assertEquals("m0.rego:1", pkg.location());
    RegoAnnotation rule = anns.stream().filter(a -> a.scope().equals("rule")).findFirst().orElseThrow();
    assertEquals("readiness.checks.security.container_non_root.deny", rule.path());
    assertEquals("Root services", rule.title());
    assertEquals(List.of("readiness.checks.security.container_non_root"), e.packages());
    assertEquals(java.util.Set.of("deny", "total", "passing"),
        e.ruleNames("readiness.checks.security.container_non_root"));
  }

  @Test
  void withMocksInputDataAndFunctions() throws Exception {
    RegoPolicyEngine e = engine("""
        package t
        limit := data.config.limit
        too_many if count(input.items) > limit
        shout(s) := upper(s)
        loud := shout("hi")
        test_input if too_many with input.items as [1, 2, 3] with data.config.limit as 2
        test_fn if loud == "MOCK" with shout as fake
        fake(_) := "MOCK"
        test_builtin if loud == "HI!" with upper as exclaim
        exclaim(s) := concat("", [upper(s), "!"])
        test_value if count([1]) == 7 with count as 7
        """);
    for (String t : List.of("test_input", "test_fn", "test_builtin", "test_value")) {
      assertEquals(Optional.of(Json.parse("true")), e.evaluate("t/" + t, null), t);
    }
    assertTrue(e.evaluate("t/too_many", Json.parse("{\"items\":[1,2,3]}")).isEmpty(), "data.config is absent outside with");
  }

  @Test
  void conflictingCompleteRulesAreAnEvalError() throws Exception {
    RegoPolicyEngine e = engine("package t\np := 1 if input.a\np := 2 if input.b\n");
    assertEquals(Json.parse("1"), e.evaluate("t/p", Json.parse("{\"a\":true}")).orElseThrow());
    PolicyException ex = assertThrows(PolicyException.class,
        () -> e.evaluate("t/p", Json.parse("{\"a\":true,\"b\":true}")));
    assertEquals("eval_conflict_error", ex.code());
    assertEquals("m0.rego:3", ex.location());
  }

  @Test
  void recursionIsReported() throws Exception {
    RegoPolicyEngine e = engine("package t\np if q\nq if p\n");
    PolicyException ex = assertThrows(PolicyException.class, () -> e.evaluate("t/p", null));
    assertEquals("rego_recursion_error", ex.code());
  }

  @Test
  void stepBudgetStopsALoopingPolicy() throws Exception {
    RegoPolicyEngine e = RegoPolicyEngine.builder()
        .module("loop.rego", "package t\nbig := count([x | some x in numbers.range(1, 100000); some y in numbers.range(1, 100000)])\n")
        .budget(Duration.ofSeconds(30), 100_000)
        .build();
    PolicyException ex = assertThrows(PolicyException.class, () -> e.evaluate("t/big", null));
    assertEquals("budget_exceeded", ex.code());
    assertTrue(ex.getMessage().contains("step limit"), ex.getMessage());
  }

  @Test
  void timeBudgetStopsALongEvaluation() throws Exception {
    RegoPolicyEngine e = RegoPolicyEngine.builder()
        .module("slow.rego", "package t\nbig := count([x | some x in numbers.range(1, 100000); some y in numbers.range(1, 100000)])\n")
        .budget(Duration.ofMillis(200), Long.MAX_VALUE)
        .build();
    PolicyException ex = assertThrows(PolicyException.class, () -> e.evaluate("t/big", null));
    assertEquals("budget_exceeded", ex.code());
    assertTrue(ex.getMessage().contains("time limit"), ex.getMessage());
  }

  @Test
  void queryReturnsAllBindings() throws Exception {
    RegoPolicyEngine e = engine("package t\nxs := [3, 1, 2]\n");
    List<Map<String, Value>> rows = e.query("some i; x := data.t.xs[i]; x > 1", null);
    assertEquals(2, rows.size());
    assertEquals(Json.parse("0"), rows.get(0).get("i"));
    assertEquals(Json.parse("3"), rows.get(0).get("x"));
  }

  @Test
  void printGoesToTheSinkAndStrictErrorsAbort() throws Exception {
    List<String> lines = new ArrayList<>();
    RegoPolicyEngine e = RegoPolicyEngine.builder().module("p.rego", "package t\np if { print(\"n =\", input.n, input.missing) }\nq := 1 / input.n\n")
        .printSink(lines::add).strictBuiltinErrors(true).build();
    assertTrue(e.evaluate("t/p", Json.parse("{\"n\":0}")).isPresent());
    assertEquals(List.of("n = 0 <undefined>"), lines);
    PolicyException ex = assertThrows(PolicyException.class, () -> e.evaluate("t/q", Json.parse("{\"n\":0}")));
    assertEquals("eval_builtin_error", ex.code());
    assertTrue(ex.getMessage().contains("div: divide by zero"), ex.getMessage());
  }

  @Test
  void nonStrictBuiltinErrorsAreUndefined() throws Exception {
    RegoPolicyEngine e = engine("package t\nq := 1 / input.n\n");
    assertFalse(e.evaluate("t/q", Json.parse("{\"n\":0}")).isPresent());
  }

  @Test
  void entrypointsListRulePaths() throws Exception {
    assertEquals(List.of("readiness/checks/security/container_non_root/deny",
        "readiness/checks/security/container_non_root/passing", "readiness/checks/security/container_non_root/total"),
        engine(CHECK).entrypoints());
  }

  @Test
  void evaluationsRunOnPooledDeepStackDaemonThreads() throws Exception {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    BuiltinRegistry builtins = BuiltinRegistry.standard().plus(List.of(FunctionBuiltin.of("test.record_thread", 0, (args, ctx) -> {
      threads.add(Thread.currentThread());
      return BoolValue.TRUE;
    })));
    RegoPolicyEngine e = RegoPolicyEngine.builder().builtins(builtins)
        .module("p.rego", "package t\nok if test.record_thread()\ndepth := count(json.marshal(input))\n").build();
    for (int i = 0; i < 50; i++) assertEquals(Optional.of(BoolValue.TRUE), e.evaluate("t/ok", null));
    // A thread per evaluation would be 50 threads; a pool reuses the idle one (a few more if a hand-over races).
    assertTrue(threads.size() < 25, threads.size() + " threads for 50 evaluations");
    for (Thread t : threads) {
      assertTrue(t.isDaemon(), "evaluation threads must not keep the JVM alive");
      assertFalse(t == Thread.currentThread());
    }
    // The pooled threads keep the deep stack: JSON of a 50,000-level nesting is written recursively.
    Value nested = NumberValue.of(1);
    for (int i = 0; i < 50_000; i++) nested = ArrayValue.of(nested);
    assertEquals(Optional.of(NumberValue.of(100_001)), e.evaluate("t/depth", nested));
  }
}
