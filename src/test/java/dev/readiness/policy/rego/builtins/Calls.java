package dev.readiness.policy.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: calls builtins of the standard registry (plus readiness.*) by name with JSON-literal arguments. */
final class Calls {
  static final long NOW = 1_700_000_000_123_456_789L;
  private static final BuiltinRegistry REGISTRY = ProjectBuiltins.registry();
  private static final BuiltinContext CTX = new BuiltinContext(NOW, s -> {}, Map.of("HOME", "/home/x"), false);

  private Calls() {}

  /** Parses JSON, with a "set:" prefix making a set of the JSON array that follows. */
  static Value v(String json) {
    if (json.startsWith("set:")) {
      List<Value> items = new ArrayList<>();
      ((dev.readiness.policy.rego.value.ArrayValue) Json.parse(json.substring(4))).elements().forEach(items::add);
      return SetValue.of(items);
    }
    return Json.parse(json);
  }

  static StringValue s(String s) { return StringValue.of(s); }

  static Value call(String name, Value... args) throws BuiltinException {
    Builtin b = REGISTRY.get(name).orElseThrow(() -> new AssertionError("no builtin " + name));
    assertEquals(b.arity(), args.length, "arity of " + name);
    return b.call(List.of(args), CTX);
  }

  /** Calls with JSON-literal arguments. */
  static Value callJ(String name, String... jsonArgs) throws BuiltinException {
    Value[] args = new Value[jsonArgs.length];
    for (int i = 0; i < args.length; i++) args[i] = v(jsonArgs[i]);
    return call(name, args);
  }

  static void eq(String expectedJson, Value actual) {
    assertEquals(v(expectedJson), actual);
  }

  static BuiltinException fails(String code, String messagePart, String name, Value... args) {
    BuiltinException e = assertThrows(BuiltinException.class, () -> call(name, args));
    assertEquals(code, e.code());
    assertTrue(e.getMessage().contains(messagePart), () -> "message: " + e.getMessage());
    return e;
  }
}
