package dev.readiness.policy.conftest;

import dev.readiness.policy.conftest.ConfigParser.ConfigException;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HCL2 (.tf, .tfvars, .hcl) in the shape conftest gives policies (tmccombs/hcl2json): a block is an object keyed by
 * its type, then by each label, holding an array of bodies (one per block of that type and labels); attributes are
 * JSON values where the expression is a literal (strings, numbers, bools, null, tuples, objects, heredocs) and
 * otherwise the expression's source text as {@code "${...}"}; a quoted template keeps its interpolations as written.
 *
 * <p>The structure (blocks, labels, attributes) is read by {@link Source#body}: at body level an attribute is
 * {@code name = expression} (the expression runs to the end of the line, across newlines inside brackets, strings
 * and heredocs) and a block is {@code type label* {body}}; each attribute's value is read from its expression text.
 */
final class Hcl2 {
  private Hcl2() {}

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  static Value parse(String text, String file) throws ConfigException {
    Source src = new Source(text, file);
    src.checkBalanced();
    src.checkColons();
    Map<String, Object> body = new LinkedHashMap<>();
    src.body(0, body, true);
    return toValue(body);
  }

  /** Adds a block's body to {@code body} under its type and each label, as hcl2json nests them. */
  @SuppressWarnings("unchecked")
  private static void addBlock(Map<String, Object> body, List<String> names, Map<String, Object> inner) {
    Map<String, Object> at = body;
    for (int i = 0; i < names.size() - 1; i++) {
      Object o = at.get(names.get(i));
      if (!(o instanceof Map)) {
        o = new LinkedHashMap<String, Object>();
        at.put(names.get(i), o);
      }
      at = (Map<String, Object>) o;
    }
    Object list = at.get(names.get(names.size() - 1));
    if (!(list instanceof List)) {
      list = new ArrayList<Object>();
      at.put(names.get(names.size() - 1), list);
    }
    ((List<Object>) list).add(inner);
  }

  @SuppressWarnings("unchecked")
  private static Value toValue(Object o) {
    if (o instanceof Value v) return v;
    if (o instanceof Map<?, ?> m) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) b.put(e.getKey(), toValue(e.getValue()));
      return b.build();
    }
    List<Value> out = new ArrayList<>();
    for (Object x : (List<Object>) o) out.add(toValue(x));
    return new ArrayValue(out);
  }

  /** Reads expressions from the source text: where each ends, and their values in hcl2json's shape. */
  private static final class Source {
    private final String s;
    private final String file;

    Source(String s, String file) {
      this.s = s;
      this.file = file;
    }

    private ConfigException error(int pos, String message) {
      return new ConfigException(file + ":" + lineOf(pos) + ": " + message);
    }

    private int lineOf(int pos) {
      int line = 1;
      for (int i = 0; i < Math.min(pos, s.length()); i++) if (s.charAt(i) == '\n') line++;
      return line;
    }

    /**
     * A ':' that is no conditional's, object key's, for expression's or namespace's (provider::p::f) is an error,
     * as in conftest ("a = :b[0]", "a = x ? :b : c", "a = aws_:s3.b").
     */
    void checkColons() throws ConfigException {
      // per open bracket: its kind (b block body or top level, o object, f for expression, p other) and the
      // conditionals awaiting their ':'
      List<int[]> levels = new ArrayList<>();
      levels.add(new int[] {'b', 0});
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        int past = skipNonCode(i);
        if (past != i) {
          i = past;
          continue;
        }
        if (c == '{' || c == '[' || c == '(') {
          int kind = isFor(i + 1) ? 'f' : c != '{' ? 'p' : isBlockBody(i) ? 'b' : 'o';
          levels.add(new int[] {kind, 0});
        } else if ((c == '}' || c == ']' || c == ')') && levels.size() > 1) {
          levels.remove(levels.size() - 1);
        } else if (c == '?') {
          levels.get(levels.size() - 1)[1]++;
        } else if (c == ':' && (s.startsWith("::", i) || i > 0 && s.charAt(i - 1) == ':')) {
          // a namespace separator (provider::aws::arn_parse)
        } else if (c == ':') {
          int[] top = levels.get(levels.size() - 1);
          int b = i - 1;
          while (b >= 0 && (s.charAt(b) == ' ' || s.charAt(b) == '\t')) b--;
          if (b >= 0 && "=([,?".indexOf(s.charAt(b)) >= 0) throw error(i, "expected an expression, found ':'");
          if (top[1] > 0) {
            top[1]--;
          } else if (top[0] != 'o' && top[0] != 'f') {
            throw error(i, "unexpected ':'");
          }
        }
        i++;
      }
    }

    /** Whether the '{' at i opens a block body (after a block type or label) rather than an object. */
    private boolean isBlockBody(int i) {
      int b = i - 1;
      while (b >= 0 && (s.charAt(b) == ' ' || s.charAt(b) == '\t')) b--;
      if (b < 0) return false;
      char p = s.charAt(b);
      return p == '"' || Character.isLetterOrDigit(p) || p == '_' || p == '-';
    }

    /** Every bracket closed by its kind, outside strings, heredocs and comments. */
    void checkBalanced() throws ConfigException {
      List<Integer> open = new ArrayList<>();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        int past = skipNonCode(i);
        if (past != i) {
          i = past;
        } else {
          if (c == '{' || c == '[' || c == '(') open.add(i);
          else if (c == '}' || c == ']' || c == ')') {
            if (open.isEmpty() || !matches(s.charAt(open.remove(open.size() - 1)), c)) throw error(i, "unexpected '" + c + "'");
          }
          i++;
        }
      }
      if (!open.isEmpty()) throw error(open.get(open.size() - 1), "'" + s.charAt(open.get(open.size() - 1)) + "' is never closed");
    }

    private static boolean matches(char open, char close) {
      return open == '{' && close == '}' || open == '[' && close == ']' || open == '(' && close == ')';
    }

    /**
     * Reads the body starting at i (the whole file when top, else a block's, after its '{') into out; returns the
     * index after the body's closing '}' (the end of the text at top level).
     */
    int body(int i, Map<String, Object> out, boolean top) throws ConfigException {
      while (true) {
        i = skipSpace(i);
        if (i >= s.length()) {
          if (top) return i;
          throw error(i, "unexpected end of file in a block");
        }
        char c = s.charAt(i);
        if (c == '}') {
          if (top) throw error(i, "unexpected '}'");
          return i + 1;
        }
        Matcher m = IDENT.matcher(s).region(i, s.length());
        if (!m.lookingAt()) throw error(i, "expected an attribute or a block, found '" + c + "'");
        String name = m.group();
        int j = skipBlanks(m.end());
        if (j < s.length() && s.charAt(j) == '=' && !s.startsWith("==", j)) {
          int start = skipBlanks(j + 1);
          int end = expressionEnd(start);
          if (end < s.length() && s.charAt(end) == ',') throw error(end, "unexpected ',' after attribute " + name);
          if (out.containsKey(name) && !(out.get(name) instanceof List)) throw error(i, "attribute " + name + " redefined");
          out.put(name, value(start, end));
          i = end;
          continue;
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        while (true) {
          if (j >= s.length()) throw error(i, "expected '=' or '{' after " + name);
          char d = s.charAt(j);
          if (d == '{') break;
          if (d == '"') {
            int k = skipString(j);
            names.add(unquote(j + 1, k - 1));
            j = skipBlanks(k);
            continue;
          }
          Matcher l = IDENT.matcher(s).region(j, s.length());
          if (!l.lookingAt()) throw error(j, "expected '=', a block label or '{' after " + name + ", found '" + d + "'");
          names.add(l.group());
          j = skipBlanks(l.end());
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        i = body(j + 1, inner, false);
        addBlock(out, names, inner);
      }
    }

    /** Index of the next character that is no whitespace (newlines included) or comment. */
    private int skipSpace(int i) {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) i++;
        else if (commentAt(i)) i = skipComment(i);
        else break;
      }
      return i;
    }

    private int skipBlanks(int i) {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
      return i;
    }

    /** The end of the expression starting at i: a newline, comma or closing bracket outside brackets, or a comment. */
    int expressionEnd(int i) throws ConfigException {
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          i = skipString(i);
        } else if (s.startsWith("<<", i) && heredocMarker(i) != null) {
          i = skipHeredoc(i);
        } else if (commentAt(i)) {
          if (depth == 0) return i;
          i = skipComment(i);
        } else if (c == '{' || c == '[' || c == '(') {
          depth++;
          i++;
        } else if (c == '}' || c == ']' || c == ')') {
          if (depth == 0) return i;
          depth--;
          i++;
        } else if ((c == '\n' || c == ',' || c == '\r') && depth == 0) {
          return i;
        } else {
          i++;
        }
      }
      return i;
    }

    /** Whether a comment ({@code #}, {@code //} or {@code /* *}{@code /}) starts at i. */
    private boolean commentAt(int i) {
      char c = s.charAt(i);
      return c == '#' || s.startsWith("//", i) || s.startsWith("/*", i);
    }

    /** Index after the string, heredoc or comment starting at i; i itself where code starts there. */
    private int skipNonCode(int i) throws ConfigException {
      if (s.charAt(i) == '"') return skipString(i);
      if (s.startsWith("<<", i) && heredocMarker(i) != null) return skipHeredoc(i);
      if (commentAt(i)) return skipComment(i);
      return i;
    }

    private int skipComment(int i) {
      if (s.startsWith("/*", i)) {
        int e = s.indexOf("*/", i + 2);
        return e < 0 ? s.length() : e + 2;
      }
      int e = s.indexOf('\n', i);
      return e < 0 ? s.length() : e;
    }

    /** Index after the closing quote of the string starting at i (templates may nest strings). */
    private int skipString(int i) throws ConfigException {
      int start = i++;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\') i += 2;
        else if (c == '"') return i + 1;
        else if (c == '\n') throw error(start, "unterminated string");
        else if ((c == '$' || c == '%') && s.startsWith("{", i + 1) && !(i > 0 && s.charAt(i - 1) == c)) i = skipInterpolation(i + 2);
        else i++;
      }
      throw error(start, "unterminated string");
    }

    /** Index after the '}' closing an interpolation whose body starts at i. */
    private int skipInterpolation(int i) throws ConfigException {
      int start = i;
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') i = skipString(i);
        else if (c == '{') { depth++; i++; }
        else if (c == '}') {
          if (depth == 0) return i + 1;
          depth--;
          i++;
        } else i++;
      }
      throw error(start, "unterminated template interpolation");
    }

    /** The heredoc marker at i ("<<EOT" or "<<-EOT" then a newline), or null. */
    private String heredocMarker(int i) {
      int j = i + 2;
      if (j < s.length() && s.charAt(j) == '-') j++;
      if (j >= s.length()) return null;
      Matcher m = IDENT.matcher(s).region(j, s.length());
      if (!m.lookingAt()) return null;
      int k = m.end();
      while (k < s.length() && s.charAt(k) == '\r') k++;
      return k < s.length() && s.charAt(k) == '\n' ? m.group() : null;
    }

    private int skipHeredoc(int i) throws ConfigException {
      String marker = heredocMarker(i);
      int line = s.indexOf('\n', i) + 1;
      while (line > 0 && line <= s.length()) {
        int end = s.indexOf('\n', line);
        String l = s.substring(line, end < 0 ? s.length() : end).strip();
        if (l.equals(marker)) return end < 0 ? s.length() : end;
        if (end < 0) break;
        line = end + 1;
      }
      throw error(i, "heredoc " + marker + " is never closed");
    }

    private Value heredoc(int i) throws ConfigException {
      String marker = heredocMarker(i);
      boolean indented = s.charAt(i + 2) == '-';
      int first = s.indexOf('\n', i) + 1;
      int close = skipHeredoc(i);
      int closeLineStart = s.lastIndexOf('\n', close - 1) + 1;
      String body = first >= closeLineStart ? "" : s.substring(first, closeLineStart);
      if (indented) {
        int min = Integer.MAX_VALUE;
        for (String l : body.split("\n", -1)) {
          if (l.isBlank()) continue;
          int n = 0;
          while (n < l.length() && (l.charAt(n) == ' ' || l.charAt(n) == '\t')) n++;
          min = Math.min(min, n);
        }
        if (min != Integer.MAX_VALUE && min > 0) {
          StringBuilder out = new StringBuilder();
          for (String l : body.split("\n", -1)) {
            if (out.length() > 0 || !l.isEmpty()) {
              if (!out.isEmpty()) out.append('\n');
              out.append(l.length() >= min ? l.substring(min) : l.strip());
            }
          }
          body = out.toString();
          if (!body.isEmpty() && !body.endsWith("\n")) body += "\n";
        }
      }
      return StringValue.of(body.replace("\r\n", "\n"));
    }

    /** The value of the expression s[start, end): a literal as JSON, anything else as "${source}". */
    Value value(int start, int end) throws ConfigException {
      while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
      String text = s.substring(start, end);
      if (text.isEmpty()) throw error(start, "expected an expression");
      char first = text.charAt(0);
      if (!(Character.isLetterOrDigit(first) || "_\"<[{(-!".indexOf(first) >= 0)) {
        throw error(start, "expected an expression, found '" + first + "'");
      }
      if (NUMBER.matcher(text).matches()) {
        BigDecimal n = new BigDecimal(text);
        return NumberValue.of(n.scale() < 0 ? n.setScale(0) : n);
      }
      switch (text) {
        case "true" -> { return BoolValue.TRUE; }
        case "false" -> { return BoolValue.FALSE; }
        case "null" -> { return NullValue.INSTANCE; }
        default -> { }
      }
      char c = text.charAt(0);
      if (c == '"' && skipString(start) == end) return StringValue.of(unquote(start + 1, end - 1));
      if (c == '<' && heredocMarker(start) != null && skipHeredoc(start) == end) return heredoc(start);
      if (c == '[' && closing(start) == end - 1 && !isFor(start + 1)) return tuple(start + 1, end - 1);
      if (c == '{' && closing(start) == end - 1 && !isFor(start + 1)) return object(start + 1, end - 1);
      return StringValue.of("${" + text + "}");
    }

    private boolean isFor(int i) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
      return s.startsWith("for", i) && i + 3 < s.length() && Character.isWhitespace(s.charAt(i + 3));
    }

    /** Index of the bracket closing the one at i. */
    private int closing(int i) throws ConfigException {
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        int past = skipNonCode(i);
        if (past != i) {
          i = past;
        } else {
          if (c == '{' || c == '[' || c == '(') depth++;
          else if ((c == '}' || c == ']' || c == ')') && --depth == 0) return i;
          i++;
        }
      }
      return i;
    }

    private int skipSeparators(int i) {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == ',') i++;
        else if (commentAt(i)) i = skipComment(i);
        else break;
      }
      return i;
    }

    private Value tuple(int i, int end) throws ConfigException {
      List<Value> out = new ArrayList<>();
      while ((i = skipSeparators(i)) < end) {
        int e = Math.min(expressionEnd(i), end);
        out.add(value(i, e));
        i = e;
      }
      return new ArrayValue(out);
    }

    private Value object(int i, int end) throws ConfigException {
      ObjectValue.Builder out = ObjectValue.builder();
      while ((i = skipSeparators(i)) < end) {
        String key;
        int k;
        if (s.charAt(i) == '"') {
          k = skipString(i);
          key = unquote(i + 1, k - 1);
        } else {
          // a name, a traversal (var.k: its text, as hcl2json) or a computed key ((var.k): "${(var.k)}")
          k = s.charAt(i) == '(' ? closing(i) + 1 : i;
          while (k < end && s.charAt(k) != '=' && s.charAt(k) != ':' && !Character.isWhitespace(s.charAt(k))) k++;
          key = s.substring(i, k);
          if (key.startsWith("(")) key = "${" + key + "}";
          else if (!key.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*")) {
            throw error(i, "invalid object key " + key);
          }
        }
        k = skipBlanks(k);
        if (k >= end || s.charAt(k) != '=' && s.charAt(k) != ':') throw error(k, "expected '=' or ':' after object key " + key);
        int v = skipBlanks(k + 1);
        int e = Math.min(expressionEnd(v), end);
        out.put(key, value(v, e));
        i = e;
      }
      return out.build();
    }

    /** A quoted string's content with escapes decoded; template interpolations and $${ are kept as written. */
    private String unquote(int i, int end) throws ConfigException {
      StringBuilder out = new StringBuilder();
      while (i < end) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < end) {
          char n = s.charAt(i + 1);
          switch (n) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
              int len = n == 'u' ? 4 : 8;
              if (i + 2 + len > end) throw error(i, "invalid escape sequence");
              try {
                out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + len), 16));
              } catch (IllegalArgumentException e) {
                throw error(i, "invalid escape sequence");
              }
              i += len;
            }
            default -> throw error(i, "invalid escape sequence \\" + n);
          }
          i += 2;
        } else if ((c == '$' || c == '%') && s.startsWith(c + "" + c + "{", i)) {
          out.append(s, i, i + 3); // $${ and %%{ (a literal ${ and %{) stay escaped, as hcl2json writes them
          i += 3;
        } else if ((c == '$' || c == '%') && i + 1 < end && s.charAt(i + 1) == '{') {
          int e = skipInterpolation(i + 2);
          out.append(s, i, e);
          i = e;
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }
  }
}
