package dev.readiness.policy.rego.oracle;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.TreeSet;

/** Path-wise differences between two JSON-shaped values (sets appear as arrays on both sides). */
public final class ValueDiff {
  private ValueDiff() {}

  /** Adds one line per differing leaf path to out: {@code path: ours <> theirs}. */
  public static void diff(String path, Value ours, Value theirs, List<String> out) {
    if (ours == null && theirs == null) return;
    if (ours == null || theirs == null) {
      out.add(path + ": " + show(ours) + " <> " + show(theirs));
      return;
    }
    if (ours instanceof ObjectValue a && theirs instanceof ObjectValue b) {
      TreeSet<Value> keys = new TreeSet<>(a.entries().keySet());
      keys.addAll(b.entries().keySet());
      for (Value k : keys) diff(path + "." + Json.write(k), a.get(k), b.get(k), out);
      return;
    }
    if (ours instanceof ArrayValue a && theirs instanceof ArrayValue b && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) diff(path + "[" + i + "]", a.get(i), b.get(i), out);
      return;
    }
    if (!ours.equals(theirs)) out.add(path + ": " + show(ours) + " <> " + show(theirs));
  }

  private static String show(Value v) {
    if (v == null) return "undefined";
    String s = Json.write(v);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  /** The value of OPA's {@code eval -f json} output (first expression of the first result), or null when undefined. */
  public static Value opaEvalValue(String stdout) {
    Value v = Json.parse(stdout);
    Value result = ((ObjectValue) v).get(dev.readiness.policy.rego.value.StringValue.of("result"));
    if (result == null) return null;
    Value first = ((ArrayValue) result).get(0);
    Value exprs = ((ObjectValue) first).get(dev.readiness.policy.rego.value.StringValue.of("expressions"));
    return ((ObjectValue) ((ArrayValue) exprs).get(0)).get(dev.readiness.policy.rego.value.StringValue.of("value"));
  }

  /** Our value as OPA prints it (sets as arrays). */
  public static Value asJson(Value v) {
    return v == null ? null : Json.parse(Json.write(v));
  }
}
