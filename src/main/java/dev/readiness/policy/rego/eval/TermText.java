package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.Map;

/** Renders values as Rego terms ({@code [1, 2]}, {@code {"a": 1}}, {@code set()}), as OPA prints them. */
public final class TermText {
  private TermText() {}

  public static String of(Value v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb);
    return sb.toString();
  }

  private static void write(Value v, StringBuilder sb) {
    if (v instanceof ArrayValue a) {
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) sb.append(", ");
        write(a.get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof SetValue s) {
      if (s.size() == 0) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Value e : s) {
        if (!first) sb.append(", ");
        first = false;
        write(e, sb);
      }
      sb.append('}');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) sb.append(", ");
        first = false;
        write(e.getKey(), sb);
        sb.append(": ");
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (v instanceof StringValue s) {
      sb.append(s);
    } else {
      sb.append(v);
    }
  }
}
