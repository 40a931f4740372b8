package dev.readiness.scan.dockerfile;

import java.util.Map;

/** Dockerfile variable substitution ({@code $VAR}, {@code ${VAR}}, {@code ${VAR:-word}}, {@code ${VAR:+word}}). */
final class Variables {
  private Variables() {}

  /**
   * Expands {@code text} with {@code values} (a null value = declared without default).
   *
   * @return the expanded text, or null when a variable it needs has no value
   */
  static String expand(String text, Map<String, String> values, char escape) {
    StringBuilder out = new StringBuilder();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < n && text.charAt(i + 1) == '$') { out.append('$'); i++; continue; }
      if (c != '$' || i + 1 >= n) { out.append(c); continue; }
      char d = text.charAt(i + 1);
      if (d == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) { out.append(text, i, n); break; }
        String expr = text.substring(i + 2, close);
        String v = braced(expr, values, escape);
        if (v == null) return null;
        out.append(v);
        i = close;
      } else if (Character.isLetter(d) || d == '_') {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) j++;
        String v = values.get(text.substring(i + 1, j));
        if (v == null) return null;
        out.append(v);
        i = j - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String braced(String expr, Map<String, String> values, char escape) {
    int k = 0;
    while (k < expr.length() && (Character.isLetterOrDigit(expr.charAt(k)) || expr.charAt(k) == '_')) k++;
    String name = expr.substring(0, k);
    String op = expr.substring(k);
    String value = values.get(name);
    boolean colon = op.startsWith(":");
    String o = colon ? op.substring(1) : op;
    if (o.isEmpty()) return value;
    String word = o.substring(1);
    boolean unset = value == null || (colon && value.isEmpty());
    switch (o.charAt(0)) {
      case '-': return unset ? expand(word, values, escape) : value;
      case '+': return unset ? "" : expand(word, values, escape);
      case '?': return unset ? null : value;
      default: return value;
    }
  }
}
