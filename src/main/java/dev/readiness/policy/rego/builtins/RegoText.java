package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Renders values the way OPA prints terms in Rego syntax ({@code ["a", 1]}, {@code {"k": 1}}, {@code set()}). */
public final class RegoText {
  private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);

  private RegoText() {}

  public static String render(Value v) {
    StringBuilder sb = new StringBuilder();
    render(v, sb);
    return sb.toString();
  }

  private static void render(Value v, StringBuilder sb) {
    if (v instanceof StringValue s) {
      sb.append(goQuote(s.value()));
    } else if (v instanceof NumberValue n) {
      sb.append(number(n));
    } else if (v instanceof ArrayValue a) {
      sb.append('[');
      join(a.elements().iterator(), sb);
      sb.append(']');
    } else if (v instanceof SetValue s) {
      if (s.size() == 0) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      join(s.iterator(), sb);
      sb.append('}');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) sb.append(", ");
        first = false;
        render(e.getKey(), sb);
        sb.append(": ");
        render(e.getValue(), sb);
      }
      sb.append('}');
    } else {
      sb.append(v);
    }
  }

  private static void join(Iterator<Value> it, StringBuilder sb) {
    boolean first = true;
    while (it.hasNext()) {
      if (!first) sb.append(", ");
      first = false;
      render(it.next(), sb);
    }
  }

  /**
   * Number text: integers in full, except ones beyond the float64 range, which OPA keeps in their
   * literal exponent form (e.g. {@code 2e308}); we reconstruct that compact form.
   */
  public static String number(NumberValue n) {
    BigDecimal v = n.value();
    if (v.abs().compareTo(MAX_DOUBLE) > 0) {
      BigDecimal s = v.stripTrailingZeros();
      if (s.scale() < 0) return s.unscaledValue() + "e" + (-s.scale());
    }
    return n.toString();
  }

  /** Go's strconv.Quote: double quotes, backslash escapes, \\u for non-printable code points. */
  public static String goQuote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        case 7 -> sb.append("\\a");
        case 8 -> sb.append("\\b");
        case 12 -> sb.append("\\f");
        case 11 -> sb.append("\\v");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
          } else if (Character.isISOControl(cp) || !Character.isDefined(cp)
              || Character.getType(cp) == Character.FORMAT) {
            sb.append(cp > 0xFFFF ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.append('"').toString();
  }
}
