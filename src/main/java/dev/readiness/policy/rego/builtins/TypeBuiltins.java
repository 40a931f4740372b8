package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Type checks ({@code is_*}), {@code type_name} and the {@code to_number} cast. */
public final class TypeBuiltins {
  private TypeBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        is("is_number", v -> v instanceof NumberValue),
        is("is_string", v -> v instanceof StringValue),
        is("is_boolean", v -> v instanceof BoolValue),
        is("is_array", v -> v instanceof ArrayValue),
        is("is_set", v -> v instanceof SetValue),
        is("is_object", v -> v instanceof ObjectValue),
        is("is_null", v -> v instanceof NullValue),
        of("type_name", 1, (a, c) -> StringValue.of(a.get(0).typeName())),
        of("to_number", 1, TypeBuiltins::toNumber));
  }

  private static Builtin is(String name, Predicate<Value> test) {
    return of(name, 1, (a, c) -> BoolValue.of(test.test(a.get(0))));
  }

  private static Value toNumber(Args a, BuiltinContext ctx) throws BuiltinException {
    Value v = a.get(0);
    if (v instanceof NullValue) return NumberValue.of(0);
    if (v instanceof BoolValue b) return NumberValue.of(b.value() ? 1 : 0);
    if (v instanceof NumberValue n) return n;
    if (!(v instanceof StringValue s)) throw a.mustBeOneOf(0, "null, boolean, number, string");
    return parseNumber(a, s.value());
  }

  /** Go's strconv.ParseFloat accepted syntax, minus NaN and infinities which Rego numbers cannot hold. */
  static NumberValue parseNumber(Args a, String text) throws BuiltinException {
    String t = text.toLowerCase(Locale.ROOT);
    String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    if (unsigned.equals("nan") || unsigned.equals("inf") || unsigned.equals("infinity")) {
      throw a.typeError(0, "must be a finite number but got " + text);
    }
    try {
      if (unsigned.startsWith("0x")) {
        double d = Double.parseDouble(t.contains("p") ? text : text + "p0");
        return NumberValue.of(new BigDecimal(d));
      }
      if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException();
      return NumberValue.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
    } catch (NumberFormatException e) {
      throw a.error("strconv.ParseFloat: parsing " + RegoText.goQuote(text) + ": invalid syntax");
    }
  }
}
