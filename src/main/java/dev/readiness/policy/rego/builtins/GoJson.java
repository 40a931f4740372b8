package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as OPA's json.marshal produces it (Go's encoding/json): sets become arrays, keys are sorted,
 * and &lt; &gt; &amp; U+2028 U+2029 are escaped as Go does; optional MarshalIndent-style prefix and indent.
 */
public final class GoJson {
  private GoJson() {}

  public static String compact(Value v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb, null, null, 0);
    return sb.toString();
  }

  /** Go's json.MarshalIndent(v, prefix, indent), with the prefix also before the first line as OPA does. */
  public static String indented(Value v, String prefix, String indent) {
    StringBuilder sb = new StringBuilder(prefix);
    write(v, sb, prefix, indent, 0);
    return sb.toString();
  }

  private static void write(Value v, StringBuilder sb, String prefix, String indent, int depth) {
    if (v instanceof StringValue s) {
      quote(s.value(), sb);
    } else if (v instanceof ArrayValue a) {
      writeList(a.elements(), sb, prefix, indent, depth);
    } else if (v instanceof SetValue s) {
      writeList(new ArrayList<>(s.elements()), sb, prefix, indent, depth);
    } else if (v instanceof ObjectValue o) {
      if (o.size() == 0) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) sb.append(',');
        first = false;
        newline(sb, prefix, indent, depth + 1);
        quote(e.getKey() instanceof StringValue k ? k.value() : compact(e.getKey()), sb);
        sb.append(indent == null ? ":" : ": ");
        write(e.getValue(), sb, prefix, indent, depth + 1);
      }
      newline(sb, prefix, indent, depth);
      sb.append('}');
    } else {
      sb.append(v);
    }
  }

  private static void writeList(List<Value> items, StringBuilder sb, String prefix, String indent, int depth) {
    if (items.isEmpty()) {
      sb.append("[]");
      return;
    }
    sb.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) sb.append(',');
      newline(sb, prefix, indent, depth + 1);
      write(items.get(i), sb, prefix, indent, depth + 1);
    }
    newline(sb, prefix, indent, depth);
    sb.append(']');
  }

  private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
    if (indent == null) return;
    sb.append('\n').append(prefix).append(indent.repeat(depth));
  }

  /** A Go encoding/json string literal. */
  public static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
