package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import com.google.re2j.Pattern;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code glob.match} and {@code glob.quote_meta} with the gobwas/glob syntax OPA uses: {@code *} (not crossing a
 * delimiter), {@code **} (crossing delimiters), {@code ?}, {@code [abc]}, {@code [!a-z]}, {@code {a,b}}, backslash
 * escapes. An empty delimiter list means {@code ["."]}; {@code null} means no delimiters.
 */
public final class GlobBuiltins {
  private static final String META = "*?\\[]{}";

  private GlobBuiltins() {}

  public static List<Builtin> all() {
    PatternCache cache = new PatternCache();
    return List.of(
        of("glob.match", 3, (a, c) -> match(a, cache)),
        of("glob.quote_meta", 1, (a, c) -> StringValue.of(quoteMeta(a.string(0)))));
  }

  private static Value match(Args a, PatternCache cache) throws BuiltinException {
    String pattern = a.string(0);
    List<String> delimiters = new ArrayList<>();
    if (!(a.get(1) instanceof NullValue)) {
      for (Value v : a.collection(1, "array, null")) {
        if (!(v instanceof StringValue s)) throw a.typeError(1, "must be array of strings but got array containing " + v.typeName());
        delimiters.add(s.value());
      }
      if (delimiters.isEmpty()) delimiters.add(".");
    }
    String subject = a.string(2);
    String regex = toRegex(a, pattern, delimiters);
    return BoolValue.of(cache.get(regex, r -> Pattern.compile(r, Pattern.DOTALL)).matcher(subject).matches());
  }

  static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (META.indexOf(ch) >= 0) sb.append('\\');
      sb.append(ch);
    }
    return sb.toString();
  }

  /** Translates a glob into an RE2 regex; raises a builtin error for unbalanced brackets/braces. */
  static String toRegex(Args a, String glob, List<String> delimiters) throws BuiltinException {
    StringBuilder delimClass = new StringBuilder();
    for (String d : delimiters) {
      d.codePoints().forEach(cp -> delimClass.append(quoteClassChar(cp)));
    }
    String notDelim = delimClass.length() == 0 ? "." : "[^" + delimClass + "]";
    StringBuilder re = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < glob.length()) {
      int cp = glob.codePointAt(i);
      int len = Character.charCount(cp);
      switch (cp) {
        case '*' -> {
          if (glob.startsWith("**", i)) {
            re.append(".*");
            len = 2;
          } else {
            re.append(notDelim).append('*');
          }
        }
        case '?' -> re.append(notDelim);
        case '\\' -> {
          if (i + 1 >= glob.length()) throw a.error("unexpected end of input after escape");
          int next = glob.codePointAt(i + 1);
          re.append(Pattern.quote(new String(Character.toChars(next))));
          len = 1 + Character.charCount(next);
        }
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) throw a.error("unexpected end of input: range not closed");
          String body = glob.substring(i + 1, close);
          boolean negate = body.startsWith("!");
          if (negate) body = body.substring(1);
          StringBuilder cls = new StringBuilder(negate ? "[^" : "[");
          for (int k = 0; k < body.length(); ) {
            int c = body.codePointAt(k);
            k += Character.charCount(c);
            if (c == '-' && cls.length() > (negate ? 2 : 1) && k < body.length()) {
              cls.append('-');
            } else {
              cls.append(quoteClassChar(c));
            }
          }
          re.append(cls).append(']');
          len = close - i + 1;
        }
        case ']' -> throw a.error("unexpected ']' with no preceding '['");
        case '{' -> {
          depth++;
          re.append("(?:");
        }
        case '}' -> {
          if (depth == 0) {
            re.append("\\}");
          } else {
            depth--;
            re.append(')');
          }
        }
        case ',' -> re.append(depth > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(new String(Character.toChars(cp))));
      }
      i += len;
    }
    if (depth != 0) throw a.error("unexpected end of input: alternatives not closed");
    return re.toString();
  }

  private static String quoteClassChar(int cp) {
    String s = new String(Character.toChars(cp));
    return "\\^-[]".indexOf(cp) >= 0 ? "\\" + s : s;
  }
}
