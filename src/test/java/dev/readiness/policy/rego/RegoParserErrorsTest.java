package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.Json;
import org.junit.jupiter.api.Test;

/** Parse and compile errors name file:line:column and say what is wrong in Rego terms. */
class RegoParserErrorsTest {

  private static PolicyException fail(String src) {
    return assertThrows(PolicyException.class, () -> RegoPolicyEngine.builder().module("p.rego", src).build());
  }

  @Test
  void missingIfBeforeBodyIsAParseErrorAtTheBrace() {
    PolicyException e = fail("package x\n\nallow {\n  true\n}\n");
    assertEquals("rego_parse_error", e.code());
    assertEquals("p.rego:3:7", e.location());
    assertTrue(e.getMessage().contains("`if` keyword is required"), e.getMessage());
  }

  @Test
  void unterminatedStringPointsAtTheEndOfTheLine() {
    PolicyException e = fail("package x\n\nmsg := \"abc\n");
    assertEquals("rego_parse_error", e.code());
    assertTrue(e.location().startsWith("p.rego:3:"), e.location());
    assertTrue(e.getMessage().contains("unterminated string"), e.getMessage());
  }

  @Test
  void garbageAfterExpressionIsReported() {
    PolicyException e = fail("package x\n\np if {\n  input.a == 1 2\n}\n");
    assertEquals("p.rego:4:16", e.location());
    assertTrue(e.getMessage().contains("expected end of expression"), e.getMessage());
  }

  @Test
  void missingPackageIsReported() {
    PolicyException e = fail("p := 1\n");
    assertEquals("p.rego:1:1", e.location());
    assertTrue(e.getMessage().contains("expected `package`"), e.getMessage());
  }

  @Test
  void unsafeVariableIsACompileErrorAtTheVariable() {
    PolicyException e = fail("package x\n\np if {\n  count(xs) > 1\n}\n");
    assertEquals("rego_unsafe_var_error", e.code());
    assertEquals("p.rego:4:9", e.location());
    assertTrue(e.getMessage().contains("var xs is unsafe"), e.getMessage());
  }

  @Test
  void unsafeHeadVariable() {
    PolicyException e = fail("package x\n\ndeny contains msg if {\n  input.a\n}\n");
    assertEquals("rego_unsafe_var_error", e.code());
    assertTrue(e.getMessage().contains("var msg is unsafe"), e.getMessage());
  }

  @Test
  void unknownFunctionIsATypeError() {
    PolicyException e = fail("package x\n\np if {\n  no_such_fn(1)\n}\n");
    assertEquals("rego_type_error", e.code());
    assertEquals("p.rego:4:3", e.location());
    assertTrue(e.getMessage().contains("undefined function no_such_fn"), e.getMessage());
  }

  @Test
  void builtinArityMismatch() {
    PolicyException e = fail("package x\n\np if {\n  count(1, 2, 3)\n}\n");
    assertEquals("rego_type_error", e.code());
    assertTrue(e.getMessage().contains("count: arity mismatch"), e.getMessage());
  }

  @Test
  void invalidMetadataYamlIsAParseErrorWithItsLine() {
    PolicyException e = fail("package x\n\n# METADATA\n# title: [unclosed\np := 1\n");
    assertEquals("rego_parse_error", e.code());
    assertTrue(e.getMessage().contains("invalid METADATA block"), e.getMessage());
  }

  @Test
  void reassigningALocalIsACompileError() {
    PolicyException e = fail("package x\n\np if {\n  x := 1\n  x := 2\n}\n");
    assertEquals("rego_compile_error", e.code());
    assertEquals("p.rego:5:3", e.location());
    assertTrue(e.getMessage().contains("var x assigned above"), e.getMessage());
  }

  @Test
  void conflictingDefaultsAreRejected() {
    PolicyException e = fail("package x\n\ndefault p := 1\ndefault p := 2\n");
    assertEquals("rego_type_error", e.code());
    assertTrue(e.getMessage().contains("multiple default rules data.x.p"), e.getMessage());
  }

  // Hostile input found while fuzzing (RegoModuleFuzzTest): each was a StackOverflowError, a
  // NumberFormatException or an IllegalArgumentException instead of a rego_parse_error.

  @Test
  void nestingBeyondTheLimitIsAParseErrorNotAStackOverflow() {
    int deep = 5000;
    for (String src : new String[] {
        "x := " + "[".repeat(deep) + "]".repeat(deep),
        "x := " + "(".repeat(deep) + "1" + ")".repeat(deep),
        "x := " + "[y | y := ".repeat(deep) + "1" + "]".repeat(deep),
        "x := 1" + " + 1".repeat(deep),
        "x := " + "-".repeat(deep) + "1",
        "x if {\n" + "every a in [1] {\n".repeat(deep) + "true\n" + "}\n".repeat(deep) + "}",
        "x := 1 if false\n" + "else := 1 if false\n".repeat(deep),
        "x := " + "$\"{".repeat(deep) + "1" + "}\"".repeat(deep)}) {
      PolicyException e = fail("package x\n\n" + src + "\n");
      assertEquals("rego_parse_error", e.code(), src.substring(0, 20));
      assertTrue(e.getMessage().contains("nested deeper than") || e.getMessage().contains("nesting deeper than"), e.getMessage());
    }
  }

  @Test
  void nestingWithinTheLimitStillCompiles() throws PolicyException {
    int ok = 150;
    RegoPolicyEngine e = RegoPolicyEngine.builder().module("p.rego", "package x\n\n"
        + "a := " + "[".repeat(ok) + "]".repeat(ok) + "\n"
        + "b := 1" + " + 1".repeat(ok) + "\n"
        + "c := " + "[y | y := ".repeat(ok) + "1" + "]".repeat(ok) + "\n").build();
    assertEquals(Json.parse("[".repeat(ok) + "]".repeat(ok)), e.evaluate("x/a", Json.parse("{}")).orElseThrow());
    assertEquals(Json.parse(Integer.toString(ok + 1)), e.evaluate("x/b", Json.parse("{}")).orElseThrow());
    assertEquals(Json.parse("[".repeat(ok) + "1" + "]".repeat(ok)), e.evaluate("x/c", Json.parse("{}")).orElseThrow());
  }

  @Test
  void badUnicodeEscapeInATemplateStringIsAParseError() {
    PolicyException e = fail("package x\n\nx := $\"\\uZZZZ{1}\"\n");
    assertEquals("rego_parse_error", e.code());
    assertTrue(e.getMessage().contains("invalid unicode escape"), e.getMessage());
  }

  @Test
  void badMetadataYamlIsAParseError() {
    for (String yaml : new String[] {"title: !!int 0xZZ", "title: !!float abc", "title: !!binary \"@@@\"", "custom: !!binary {a: b}", "custom: &a [*a]"}) {
      PolicyException e = fail("# METADATA\n# " + yaml + "\npackage x\n");
      assertEquals("rego_parse_error", e.code(), yaml);
      assertTrue(e.getMessage().contains("invalid METADATA block"), e.getMessage());
    }
  }

  @Test
  void unificationWrittenAsACallOfTheWrongArityIsATypeError() {
    for (String src : new String[] {"x if eq(1)", "x if assign()", "x := assign(1)", "x if eq(1, 1, 1)",
        "x if { y := [z | eq(z)]; y }", "x if assign(a, 1, 2)"}) {
      PolicyException e = fail("package x\n\n" + src + "\n");
      assertEquals("rego_type_error", e.code(), src);
      assertTrue(e.getMessage().contains("arity mismatch"), e.getMessage());
    }
  }

  @Test
  void unificationWrittenAsACallOfArityTwoStillWorks() throws PolicyException {
    RegoPolicyEngine e = RegoPolicyEngine.builder()
        .module("p.rego", "package x\n\nx if eq(1, 1)\ny if { assign(a, 2); a == 2 }\nz if eq(1, 2)\n").build();
    assertEquals(Json.parse("true"), e.evaluate("x/x", Json.parse("{}")).orElseThrow());
    assertEquals(Json.parse("true"), e.evaluate("x/y", Json.parse("{}")).orElseThrow());
    assertTrue(e.evaluate("x/z", Json.parse("{}")).isEmpty(), "eq(1, 2) is false, so z is undefined");
  }
}
