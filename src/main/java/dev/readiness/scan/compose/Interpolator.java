package dev.readiness.scan.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compose variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:?err}}, {@code ${VAR?err}}, {@code ${VAR:+alt}},
 * {@code ${VAR+alt}}, nested defaults and {@code $$} escapes. Variables come only from the .env
 * compose reads (never from the scanning machine's environment, so results are reproducible). Where
 * the repository ships no .env, the values of its env template (env.example, .env.example, ...) are
 * used for variables the compose file gives no default, as the documented {@code cp env.example .env}
 * would; such variables are still reported missing.
 */
final class Interpolator {
  /** A variable that the .env does not set. */
  record Missing(String name, boolean hasDefault, boolean required) {}

  private final Map<String, String> vars;
  private final Map<String, String> templates;

  Interpolator(Map<String, String> vars) { this(vars, Map.of()); }

  /** @param templates values of the env template, used for variables the .env does not set */
  Interpolator(Map<String, String> vars, Map<String, String> templates) {
    this.vars = vars;
    this.templates = templates;
  }

  /** The interpolated text; every unset variable is added to {@code missing}. */
  String apply(String text, List<Missing> missing) {
    if (text == null || text.indexOf('$') < 0) return text;
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char n = text.charAt(i + 1);
      if (n == '$') {
        out.append('$');
        i += 2;
      } else if (n == '{') {
        int close = matchingBrace(text, i + 1);
        if (close < 0) {
          // compose rejects it; keep it literally so facts show what was written
          out.append(text, i, text.length());
          break;
        }
        out.append(braced(text.substring(i + 2, close), missing));
        i = close + 1;
      } else if (Character.isLetter(n) || n == '_') {
        int end = i + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
        String name = text.substring(i + 1, end);
        out.append(lookup(name, false, false, missing));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String braced(String expr, List<Missing> missing) {
    int k = 0;
    while (k < expr.length() && (Character.isLetterOrDigit(expr.charAt(k)) || expr.charAt(k) == '_')) k++;
    String name = expr.substring(0, k);
    String op = expr.substring(k);
    boolean inEnv = vars.get(name) != null;
    String value = inEnv ? vars.get(name) : templates.get(name);
    boolean set = value != null;
    if (op.isEmpty()) return lookup(name, false, false, missing);
    if (op.startsWith(":-") || op.startsWith("-")) {
      boolean colon = op.startsWith(":");
      String def = op.substring(colon ? 2 : 1);
      if (!inEnv) missing.add(new Missing(name, true, false));
      // A default written in the compose file is its intent; the template only fills what has none.
      boolean useDefault = !inEnv || (colon && value.isEmpty());
      return useDefault ? apply(def, missing) : value;
    }
    if (op.startsWith(":?") || op.startsWith("?")) {
      boolean colon = op.startsWith(":");
      if (!inEnv) missing.add(new Missing(name, false, true));
      if (!set || (colon && value.isEmpty())) return "";
      return value;
    }
    if (op.startsWith(":+") || op.startsWith("+")) {
      boolean colon = op.startsWith(":");
      String alt = op.substring(colon ? 2 : 1);
      boolean useAlt = set && !(colon && value.isEmpty());
      return useAlt ? apply(alt, missing) : "";
    }
    // An invalid expression: compose fails on it; report the name as unset and keep going.
    return lookup(name, false, false, missing);
  }

  private String lookup(String name, boolean hasDefault, boolean required, List<Missing> missing) {
    String v = vars.get(name);
    if (v == null) {
      missing.add(new Missing(name, hasDefault, required));
      return templates.getOrDefault(name, "");
    }
    return v;
  }

  private static int matchingBrace(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '{') depth++;
      else if (c == '}' && --depth == 0) return k;
    }
    return -1;
  }

  /** Names referenced in a text, for callers that only need to know which variables are used. */
  static List<String> names(String text) {
    List<Missing> m = new ArrayList<>();
    new Interpolator(Map.of()).apply(text, m);
    return m.stream().map(Missing::name).toList();
  }
}
