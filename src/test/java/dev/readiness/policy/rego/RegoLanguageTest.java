package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Language features in small self-contained policies (the shared conformance suite covers them in depth
 * but is skipped when ../shared is absent). Each row: rules, the expected JSON value of {@code p} ("null" = undefined).
 */
class RegoLanguageTest {

  static Stream<Arguments> cases() {
    String[][] rows = {
        {"p := [x | some x in [3, 1, 2]; x > 1]", "[3,2]"},
        {"p := {k: v | some k, v in {\"a\": 1, \"b\": 2}; v > 1}", "{\"b\":2}"},
        {"p := {x | x := [1, 1, 2][_]}", "[1,2]"},
        {"p if { every x in [1, 2] { x > 0 } }", "true"},
        {"default p := \"none\"\np := \"some\" if every x in [1, -1] { x > 0 }", "\"none\""},
        {"p := y if { [_, y] := [1, 2] }", "2"},
        {"p := {\"a\": x} if { {\"a\": x} = {\"a\": 5} }", "{\"a\":5}"},
        {"p := x if { x := count(s); s := {1, 2} | {2, 3} }", "3"},
        {"p := $\"{n} items: {xs}\" if { xs := [1, \"a\"]; n := count(xs) }", "\"2 items: [1, \\\"a\\\"]\""},
        {"p := `raw \\n`", "\"raw \\\\n\""},
        {"p := 0.1 + 0.2", "0.3"},
        {"p := 7 / 2", "3.5"},
        {"p := r if { r := f(2) }\nf(x) := \"two\" if x == 2\nf(x) := \"other\" if x != 2", "\"two\""},
        {"p := g(1)\ng(x) := \"a\" if x == 2\nelse := \"b\"", "\"b\""},
        {"p := q.a.b\nq.a[k] := 1 if some k in [\"b\", \"c\"]", "1"},
        {"p := r\nr[name] := n if { some name, n in {\"x\": 1} }", "{\"x\":1}"},
        {"p if { data.d.v == 9 with data.d.v as 9 }", "true"},
        {"p if { not q }\nq if 1 > 2", "true"},
        {"p := [x | x := [\"b\", \"a\", \"c\"][_]; x != \"a\"]", "[\"b\",\"c\"]"},
        {"p := 1 in {1, 2}", "true"},
        {"p := {\"k\": 1}[\"missing\"] == 1", "null"},
    };
    return Arrays.stream(rows).map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluates(String body, String expected) throws Exception {
    String src = "package t\n" + body + "\n";
    RegoPolicyEngine e = RegoPolicyEngine.builder().module("t.rego", src).build();
    Optional<Value> v = e.evaluate("t/p", null);
    if (expected.equals("null")) {
      assertEquals(Optional.empty(), v, "undefined");
    } else {
      assertEquals(Json.parse(expected), Json.parse(Json.write(v.orElseThrow())));
    }
  }
}
