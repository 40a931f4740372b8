package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * String builtins (concat, contains, split, trim*, substring, indexof, sprintf, strings.*).
 * Positions and lengths count Unicode code points, as OPA counts runes.
 */
public final class StringBuiltins {
  private StringBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("concat", 2, (a, c) -> StringValue.of(String.join(a.string(0), stringElements(a, 1)))),
        of("contains", 2, (a, c) -> BoolValue.of(a.string(0).contains(a.string(1)))),
        of("startswith", 2, (a, c) -> BoolValue.of(a.string(0).startsWith(a.string(1)))),
        of("endswith", 2, (a, c) -> BoolValue.of(a.string(0).endsWith(a.string(1)))),
        of("lower", 1, (a, c) -> StringValue.of(a.string(0).toLowerCase(Locale.ROOT))),
        of("upper", 1, (a, c) -> StringValue.of(a.string(0).toUpperCase(Locale.ROOT))),
        of("split", 2, (a, c) -> strings(split(a.string(0), a.string(1)))),
        of("replace", 3, (a, c) -> StringValue.of(replace(a.string(0), a.string(1), a.string(2)))),
        of("strings.replace_n", 2, StringBuiltins::replaceN),
        of("trim", 2, (a, c) -> StringValue.of(trimRight(trimLeft(a.string(0), a.string(1)), a.string(1)))),
        of("trim_left", 2, (a, c) -> StringValue.of(trimLeft(a.string(0), a.string(1)))),
        of("trim_right", 2, (a, c) -> StringValue.of(trimRight(a.string(0), a.string(1)))),
        of("trim_prefix", 2, (a, c) -> StringValue.of(trimPrefix(a.string(0), a.string(1)))),
        of("trim_suffix", 2, (a, c) -> StringValue.of(trimSuffix(a.string(0), a.string(1)))),
        of("trim_space", 1, (a, c) -> StringValue.of(trimSpace(a.string(0)))),
        of("substring", 3, StringBuiltins::substring),
        of("indexof", 2, (a, c) -> NumberValue.of(indexOf(a.string(0), a.string(1)))),
        of("indexof_n", 2, StringBuiltins::indexOfN),
        of("format_int", 2, StringBuiltins::formatInt),
        of("sprintf", 2, (a, c) -> StringValue.of(SprintfFormatter.format(a.string(0), a.array(1).elements()))),
        of("strings.reverse", 1, (a, c) -> StringValue.of(new StringBuilder(a.string(0)).reverse().toString())),
        of("strings.count", 2, (a, c) -> NumberValue.of(count(a.string(0), a.string(1)))),
        of("strings.any_prefix_match", 2, (a, c) -> anyMatch(a, true)),
        of("strings.any_suffix_match", 2, (a, c) -> anyMatch(a, false)),
        of("strings.render_template", 2, StringBuiltins::renderTemplate));
  }

  /** The strings of an array or set operand; "must be array of strings" otherwise. */
  static List<String> stringElements(Args a, int i) throws BuiltinException {
    List<String> out = new ArrayList<>();
    for (Value v : a.collection(i, "set, array")) {
      if (!(v instanceof StringValue s)) {
        throw a.typeError(i, "must be array of strings but got array containing " + v.typeName());
      }
      out.add(s.value());
    }
    return out;
  }

  static ArrayValue strings(List<String> parts) {
    List<Value> out = new ArrayList<>(parts.size());
    for (String p : parts) out.add(StringValue.of(p));
    return new ArrayValue(out);
  }

  /** Go's strings.Split: an empty separator splits into code points; no trailing-empty removal. */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
      return out;
    }
    int from = 0;
    int idx;
    while ((idx = s.indexOf(sep, from)) >= 0) {
      out.add(s.substring(from, idx));
      from = idx + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  /** Go's strings.ReplaceAll, including its behaviour for an empty old string (insert between code points). */
  static String replace(String s, String old, String repl) {
    if (!old.isEmpty()) return s.replace(old, repl);
    StringBuilder sb = new StringBuilder(repl);
    s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(repl));
    return sb.toString();
  }

  /** Go's strings.NewReplacer semantics: at each position the first pattern (in key order) that matches wins. */
  private static Value replaceN(Args a, BuiltinContext ctx) throws BuiltinException {
    ObjectValue patterns = a.object(0);
    List<String[]> pairs = new ArrayList<>();
    for (Map.Entry<Value, Value> e : patterns.entries().entrySet()) {
      if (!(e.getKey() instanceof StringValue k)) throw a.typeError(0, "non-string key found in pattern object");
      if (!(e.getValue() instanceof StringValue v)) throw a.typeError(0, "non-string value found in pattern object");
      pairs.add(new String[] {k.value(), v.value()});
    }
    String s = a.string(1);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i <= s.length()) {
      String[] hit = null;
      for (String[] p : pairs) {
        if (s.startsWith(p[0], i)) {
          hit = p;
          break;
        }
      }
      if (hit != null) sb.append(hit[1]);
      if (hit != null && !hit[0].isEmpty()) {
        i += hit[0].length();
      } else if (i < s.length()) {
        int cp = s.codePointAt(i);
        sb.appendCodePoint(cp);
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return StringValue.of(sb.toString());
  }

  static String trimLeft(String s, String cutset) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (cutset.indexOf(cp) < 0) break;
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  static String trimRight(String s, String cutset) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (cutset.indexOf(cp) < 0) break;
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  static String trimPrefix(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  static String trimSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  /** Go's strings.TrimSpace: Unicode white space on both ends. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
    while (end > start && isGoSpace(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
    return s.substring(start, end);
  }

  static boolean isGoSpace(int cp) {
    return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0 || Character.isSpaceChar(cp);
  }

  private static Value substring(Args a, BuiltinContext ctx) throws BuiltinException {
    String s = a.string(0);
    int start = a.intValue(1);
    int length = a.intValue(2);
    if (start < 0) throw a.error("negative offset");
    int[] cps = s.codePoints().toArray();
    if (start >= cps.length) return StringValue.of("");
    int end = length < 0 || (long) start + length > cps.length ? cps.length : start + length;
    return StringValue.of(new String(cps, start, end - start));
  }

  /** Index in code points of the first occurrence, or -1. */
  static int indexOf(String s, String search) {
    int idx = s.indexOf(search);
    return idx < 0 ? -1 : s.codePointCount(0, idx);
  }

  private static Value indexOfN(Args a, BuiltinContext ctx) throws BuiltinException {
    String s = a.string(0);
    String search = a.string(1);
    List<Value> out = new ArrayList<>();
    int from = 0;
    int idx;
    while ((idx = s.indexOf(search, from)) >= 0) {
      out.add(NumberValue.of(s.codePointCount(0, idx)));
      if (idx >= s.length()) break;
      from = idx + Character.charCount(s.codePointAt(idx));
    }
    return new ArrayValue(out);
  }

  /** Go's strings.Count: non-overlapping occurrences; an empty needle counts code points plus one. */
  static int count(String s, String sub) {
    if (sub.isEmpty()) return s.codePointCount(0, s.length()) + 1;
    int n = 0;
    int from = 0;
    int idx;
    while ((idx = s.indexOf(sub, from)) >= 0) {
      n++;
      from = idx + sub.length();
    }
    return n;
  }

  private static Value formatInt(Args a, BuiltinContext ctx) throws BuiltinException {
    BigDecimal n = a.number(0).value();
    int base = a.number(1).value().intValue();
    NumberValue b = a.number(1);
    if (!b.isInteger() || (base != 2 && base != 8 && base != 10 && base != 16)) {
      throw a.typeError(1, "must be one of {2, 8, 10, 16}");
    }
    return StringValue.of(n.setScale(0, RoundingMode.DOWN).toBigInteger().toString(base));
  }

  private static Value renderTemplate(Args a, BuiltinContext ctx) throws BuiltinException {
    String template = a.string(0);
    ObjectValue vars = a.object(1);
    try {
      return StringValue.of(GoTemplate.render(template, vars));
    } catch (GoTemplate.TemplateException e) {
      throw a.error(e.getMessage());
    }
  }

  private static Value anyMatch(Args a, boolean prefix) throws BuiltinException {
    List<String> subjects = stringOrStrings(a, 0);
    List<String> affixes = stringOrStrings(a, 1);
    for (String s : subjects) {
      for (String x : affixes) {
        if (prefix ? s.startsWith(x) : s.endsWith(x)) return BoolValue.TRUE;
      }
    }
    return BoolValue.FALSE;
  }

  private static List<String> stringOrStrings(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    if (v instanceof StringValue s) return List.of(s.value());
    if (!(v instanceof ArrayValue) && !(v instanceof SetValue)) throw a.mustBeOneOf(i, "string, set, array");
    return stringElements(a, i);
  }
}
