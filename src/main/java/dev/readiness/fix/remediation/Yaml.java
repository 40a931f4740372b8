package dev.readiness.fix.remediation;

import java.util.List;

/** Small helpers to write YAML scalars in fragments safely (double-quoted JSON strings are valid YAML). */
final class Yaml {
  private Yaml() {}

  /** A double-quoted scalar. */
  static String q(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') out.append('\\').append(ch);
      else if (ch == '\n') out.append("\\n");
      else if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch));
      else out.append(ch);
    }
    return out.append('"').toString();
  }

  /** A flow sequence of double-quoted scalars. */
  static String list(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.append(", ");
      out.append(q(items.get(i)));
    }
    return out.append(']').toString();
  }
}
