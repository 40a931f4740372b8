package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.policy.rego.value.ArrayValue;
import org.junit.jupiter.api.Test;

class SprintfFormatterTest {

  private static String f(String format, String jsonArgs) {
    return SprintfFormatter.format(format, ((ArrayValue) v(jsonArgs)).elements());
  }

  @Test
  void integersAndWidths() {
    assertEquals("hi 05", f("hi %02d", "[5]"));
    assertEquals("hi 7F.01", f("hi %02X.%02X", "[127, 1]"));
    assertEquals("[   42|42   |+42]", f("[%5d|%-5d|%+d]", "[42, 42, 42]"));
    assertEquals("-0042", f("%05d", "[-42]"));
    assertEquals("0x1f 37 11111", f("%#x %o %b", "[31, 31, 31]"));
    assertEquals("123456789123456789123", f("%s", "[123456789123456789123]"));
    assertEquals("%!s(int=5)", f("%s", "[5]"));
  }

  @Test
  void floatsFollowGo() {
    assertEquals("hi 3.14", f("hi %.2f", "[3.1415]"));
    assertEquals("3.14", f("%v", "[3.14]"));
    assertEquals("1.5000005e+06", f("%v", "[1500000.5]"));
    assertEquals("1.000000e+00", SprintfFormatter.format("%e",
        java.util.List.of(dev.readiness.policy.rego.value.NumberValue.of(new java.math.BigDecimal("1.0")))));
    assertEquals("2.50", f("%.2f", "[2.5]"));
    assertEquals("%!d(float64=3.5)", f("%d", "[3.5]"));
    assertEquals("0.0001", f("%v", "[0.0001]"));
    assertEquals("1e-05", f("%v", "[0.00001]"));
    assertEquals("hi 2e308", f("hi %v", "[2e308]"));
  }

  @Test
  void stringsAndComposites() {
    assertEquals("hi there", f("hi %s", "[\"there\"]"));
    assertEquals("hi true", f("hi %s", "[true]"));
    assertEquals("hi [\"there\", 5, 3.14]", f("hi %v", "[[\"there\", 5, 3.14]]"));
    assertEquals("{\"a\": [1, null]}", f("%v", "[{\"a\": [1, null]}]"));
    assertEquals("\"a\\\"b\"", f("%q", "[\"a\\\"b\"]"));
    assertEquals("|ab   |", f("|%-5.2s|", "[\"abcdef\"]"));
    assertEquals("6869", f("%x", "[\"hi\"]"));
    assertEquals("string int float64", f("%T %T %T", "[\"a\", 1, 1.5]"));
  }

  @Test
  void missingAndExtraArguments() {
    assertEquals("100% a %!d(MISSING)", f("100%% %s %d", "[\"a\"]"));
    assertEquals("a%!(EXTRA int=1, string=b)", f("a", "[1, \"b\"]"));
  }

  @Test
  void setsRenderInRegoSyntax() {
    assertEquals("{1, 2} set()", SprintfFormatter.format("%v %v",
        java.util.List.of(v("set:[2,1]"), v("set:[]"))));
  }
}
