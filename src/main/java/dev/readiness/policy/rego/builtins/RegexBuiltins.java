package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Regular expression builtins with RE2 semantics (Go's regexp), via com.google.re2j. */
public final class RegexBuiltins {
  private RegexBuiltins() {}

  public static List<Builtin> all() {
    PatternCache cache = new PatternCache();
    return List.of(
        of("regex.match", 2, (a, c) -> BoolValue.of(compile(a, cache, a.string(0)).matcher(a.string(1)).find())),
        of("re_match", 2, (a, c) -> BoolValue.of(compile(a, cache, a.string(0)).matcher(a.string(1)).find())),
        of("regex.is_valid", 1, RegexBuiltins::isValid),
        of("regex.find_n", 3, (a, c) -> findN(a, compile(a, cache, a.string(0)))),
        of("regex.find_all_string_submatch_n", 3, (a, c) -> findAllSubmatch(a, compile(a, cache, a.string(0)))),
        of("regex.split", 2, (a, c) -> split(a, compile(a, cache, a.string(0)))),
        of("regex.replace", 3, (a, c) -> replace(a, compile(a, cache, a.string(1)))),
        of("regex.template_match", 4, RegexBuiltins::templateMatch),
        of("regex.globs_match", 2, RegexBuiltins::globsMatch));
  }

  /** Compiles through the registry's cache; syntax errors become builtin errors. */
  static Pattern compile(Args a, PatternCache cache, String regex) throws BuiltinException {
    try {
      return cache.get(regex, Pattern::compile);
    } catch (PatternSyntaxException e) {
      throw a.error("error parsing regexp: " + e.getMessage());
    }
  }

  static Pattern compile(Args a, String regex) throws BuiltinException {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw a.error("error parsing regexp: " + e.getMessage());
    }
  }

  private static Value isValid(Args a, BuiltinContext ctx) {
    if (!(a.get(0) instanceof StringValue s)) return BoolValue.FALSE;
    try {
      Pattern.compile(s.value());
      return BoolValue.TRUE;
    } catch (PatternSyntaxException e) {
      return BoolValue.FALSE;
    }
  }

  /**
   * Go's FindAll: successive non-overlapping matches, ignoring an empty match that abuts the previous match;
   * each element holds the group texts (null for a group that did not participate).
   */
  static List<String[]> findAll(Pattern p, String s, int limit) {
    List<String[]> out = new ArrayList<>();
    if (limit == 0) return out;
    Matcher m = p.matcher(s);
    int prevEnd = -1;
    int from = 0;
    while (from <= s.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      if (start == end && start == prevEnd) {
        if (start >= s.length()) break;
        from = start + Character.charCount(s.codePointAt(start));
        continue;
      }
      String[] groups = new String[m.groupCount() + 1];
      for (int g = 0; g <= m.groupCount(); g++) groups[g] = m.group(g);
      out.add(groups);
      if (limit > 0 && out.size() >= limit) break;
      prevEnd = end;
      if (end == start) {
        if (end >= s.length()) break;
        from = end + Character.charCount(s.codePointAt(end));
      } else {
        from = end;
      }
    }
    return out;
  }

  private static Value findN(Args a, Pattern p) throws BuiltinException {
    List<Value> out = new ArrayList<>();
    for (String[] g : findAll(p, a.string(1), a.intValue(2))) out.add(StringValue.of(g[0]));
    return new ArrayValue(out);
  }

  private static Value findAllSubmatch(Args a, Pattern p) throws BuiltinException {
    List<Value> out = new ArrayList<>();
    for (String[] groups : findAll(p, a.string(1), a.intValue(2))) {
      List<Value> row = new ArrayList<>(groups.length);
      for (String g : groups) row.add(StringValue.of(g == null ? "" : g));
      out.add(new ArrayValue(row));
    }
    return new ArrayValue(out);
  }

  /** Go's Regexp.Split(s, -1). */
  private static Value split(Args a, Pattern p) throws BuiltinException {
    String regex = a.string(0);
    String s = a.string(1);
    List<Value> out = new ArrayList<>();
    if (!regex.isEmpty() && s.isEmpty()) return ArrayValue.of(StringValue.of(""));
    Matcher m = p.matcher(s);
    int beg = 0;
    int end = 0;
    int prevEnd = -1;
    int from = 0;
    while (from <= s.length() && m.find(from)) {
      int ms = m.start();
      int me = m.end();
      boolean skip = ms == me && ms == prevEnd;
      if (!skip) {
        end = ms;
        if (me != 0) out.add(StringValue.of(s.substring(beg, end)));
        beg = me;
        prevEnd = me;
      }
      if (me == ms) {
        if (me >= s.length()) break;
        from = me + Character.charCount(s.codePointAt(me));
      } else {
        from = me;
      }
    }
    if (end != s.length()) out.add(StringValue.of(s.substring(beg)));
    return new ArrayValue(out);
  }

  private static Value replace(Args a, Pattern p) throws BuiltinException {
    String s = a.string(0);
    String repl = a.string(2);
    Matcher m = p.matcher(s);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    int prevEnd = -1;
    int from = 0;
    while (from <= s.length() && m.find(from)) {
      int ms = m.start();
      int me = m.end();
      if (!(ms == me && ms == prevEnd)) {
        sb.append(s, last, ms);
        expand(repl, m, sb);
        last = me;
        prevEnd = me;
      }
      if (me == ms) {
        if (me >= s.length()) break;
        from = me + Character.charCount(s.codePointAt(me));
      } else {
        from = me;
      }
    }
    sb.append(s.substring(last));
    return StringValue.of(sb.toString());
  }

  /** Go's Regexp.Expand template: $1, ${1}, $name, ${name}, $$; a name is the longest run of word characters. */
  static void expand(String template, Matcher m, StringBuilder out) {
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch != '$' || i + 1 >= template.length()) {
        out.append(ch);
        i++;
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      String name;
      int after;
      if (next == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0) {
          out.append(ch);
          i++;
          continue;
        }
        name = template.substring(i + 2, close);
        after = close + 1;
      } else {
        int j = i + 1;
        while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) j++;
        name = template.substring(i + 1, j);
        after = j;
      }
      if (name.isEmpty()) {
        out.append(ch);
        i++;
        continue;
      }
      String value = null;
      if (name.chars().allMatch(Character::isDigit)) {
        try {
          int g = Integer.parseInt(name);
          if (g <= m.groupCount()) value = m.group(g);
        } catch (NumberFormatException ignored) {
          value = null;
        }
      } else {
        try {
          value = m.group(name);
        } catch (IllegalArgumentException ignored) {
          value = null;
        }
      }
      if (value != null) out.append(value);
      i = after;
    }
  }

  private static Value globsMatch(Args a, BuiltinContext ctx) throws BuiltinException {
    try {
      return BoolValue.of(GlobIntersection.intersects(a.string(0), a.string(1)));
    } catch (GlobIntersection.SyntaxError e) {
      throw a.error(e.getMessage());
    }
  }

  /** Gorilla-mux style templates: text between the delimiters is a regex, the rest is literal; anchored. */
  private static Value templateMatch(Args a, BuiltinContext ctx) throws BuiltinException {
    String template = a.string(0);
    String value = a.string(1);
    String open = a.string(2);
    String close = a.string(3);
    if (open.codePointCount(0, open.length()) != 1 || close.codePointCount(0, close.length()) != 1) {
      throw a.error("delimiters must be single characters");
    }
    StringBuilder regex = new StringBuilder("^");
    int i = 0;
    while (i < template.length()) {
      int start = template.indexOf(open, i);
      if (start < 0) {
        regex.append(Pattern.quote(template.substring(i)));
        break;
      }
      regex.append(Pattern.quote(template.substring(i, start)));
      int depth = 0;
      int j = start;
      int end = -1;
      while (j < template.length()) {
        if (template.startsWith(open, j)) depth++;
        else if (template.startsWith(close, j) && --depth == 0) {
          end = j;
          break;
        }
        j++;
      }
      if (end < 0) throw a.error("unbalanced braces in " + RegoText.goQuote(template));
      regex.append('(').append(template, start + open.length(), end).append(')');
      i = end + close.length();
    }
    regex.append('$');
    return BoolValue.of(compile(a, regex.toString()).matcher(value).find());
  }
}
