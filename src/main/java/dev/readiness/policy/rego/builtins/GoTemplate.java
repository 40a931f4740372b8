package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of Go's text/template that {@code strings.render_template} needs for configuration text: field and
 * variable references ({@code .a.b}, {@code $x.y}, {@code .}), literals, {@code if}/{@code else if}/{@code else},
 * {@code range} (with {@code $i, $v :=}), {@code with}, variable declarations, comments and {@code {{- -}}} trim
 * markers. Missing keys render as {@code <undefined>} like OPA. Function calls and pipelines are rejected with a
 * clear error rather than guessed.
 */
final class GoTemplate {
  private static final String UNDEFINED = "<undefined>";

  /** Failure to parse or execute; becomes a builtin error. */
  static final class TemplateException extends Exception {
    TemplateException(String message) { super(message); }
  }

  private sealed interface Node permits Text, Action, If, Range, With {}

  private record Text(String text) implements Node {}

  /** {@code {{expr}}} or {@code {{$x := expr}}}. */
  private record Action(String declare, String expr) implements Node {}

  private record If(List<String> conditions, List<List<Node>> branches, List<Node> otherwise) implements Node {}

  private record Range(String keyVar, String valueVar, String expr, List<Node> body, List<Node> otherwise) implements Node {}

  private record With(String expr, List<Node> body, List<Node> otherwise) implements Node {}

  private final List<String[]> tokens = new ArrayList<>();
  private int pos;

  private GoTemplate(String source) throws TemplateException {
    lex(source);
  }

  static String render(String source, Value data) throws TemplateException {
    GoTemplate t = new GoTemplate(source);
    List<Node> nodes = t.parseList();
    if (t.pos < t.tokens.size()) throw new TemplateException("unexpected {{" + t.tokens.get(t.pos)[1] + "}}");
    StringBuilder out = new StringBuilder();
    Map<String, Value> vars = new HashMap<>();
    vars.put("$", data);
    exec(nodes, data, vars, out);
    return out.toString();
  }

  /** Splits into {"text", s} and {"action", s} tokens, applying trim markers. */
  private void lex(String s) throws TemplateException {
    int i = 0;
    StringBuilder text = new StringBuilder();
    while (i < s.length()) {
      int open = s.indexOf("{{", i);
      if (open < 0) {
        text.append(s, i, s.length());
        break;
      }
      text.append(s, i, open);
      int close = s.indexOf("}}", open + 2);
      if (close < 0) throw new TemplateException("unclosed action");
      String body = s.substring(open + 2, close);
      if (body.startsWith("- ") || body.equals("-")) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        text.setLength(end);
        body = body.substring(1);
      }
      i = close + 2;
      if (body.endsWith(" -")) {
        body = body.substring(0, body.length() - 1);
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
      }
      if (text.length() > 0) tokens.add(new String[] {"text", text.toString()});
      text.setLength(0);
      String trimmed = body.strip();
      if (trimmed.startsWith("/*")) continue;
      tokens.add(new String[] {"action", trimmed});
    }
    if (text.length() > 0) tokens.add(new String[] {"text", text.toString()});
  }

  private static String keyword(String action) {
    int sp = action.indexOf(' ');
    return sp < 0 ? action : action.substring(0, sp);
  }

  /** Parses nodes until {{end}}, {{else...}} or the end of input (which are left for the caller). */
  private List<Node> parseList() throws TemplateException {
    List<Node> out = new ArrayList<>();
    while (pos < tokens.size()) {
      String[] t = tokens.get(pos);
      if (t[0].equals("text")) {
        out.add(new Text(t[1]));
        pos++;
        continue;
      }
      String kw = keyword(t[1]);
      if (kw.equals("end") || kw.equals("else")) return out;
      pos++;
      String rest = t[1].substring(kw.length()).strip();
      switch (kw) {
        case "if" -> out.add(parseIf(rest));
        case "range" -> out.add(parseRange(rest));
        case "with" -> {
          List<Node> body = parseList();
          List<Node> otherwise = parseElse();
          out.add(new With(rest, body, otherwise));
        }
        case "define", "template", "block", "break", "continue" -> throw new TemplateException("{{" + kw + "}} is not supported");
        default -> {
          int decl = t[1].indexOf(":=");
          if (t[1].startsWith("$") && decl > 0) {
            out.add(new Action(t[1].substring(0, decl).strip(), t[1].substring(decl + 2).strip()));
          } else {
            out.add(new Action(null, t[1]));
          }
        }
      }
    }
    return out;
  }

  private If parseIf(String cond) throws TemplateException {
    List<String> conditions = new ArrayList<>(List.of(cond));
    List<List<Node>> branches = new ArrayList<>();
    branches.add(parseList());
    List<Node> otherwise = List.of();
    while (true) {
      String[] t = expectAction();
      if (t[1].equals("end")) break;
      String rest = t[1].substring(4).strip();
      if (rest.startsWith("if ")) {
        conditions.add(rest.substring(3).strip());
        branches.add(parseList());
      } else {
        otherwise = parseList();
        if (!expectAction()[1].equals("end")) throw new TemplateException("expected {{end}}");
        break;
      }
    }
    return new If(conditions, branches, otherwise);
  }

  private Range parseRange(String spec) throws TemplateException {
    String keyVar = null;
    String valueVar = null;
    String expr = spec;
    int decl = spec.indexOf(":=");
    if (decl > 0) {
      String[] vars = spec.substring(0, decl).split(",");
      if (vars.length == 2) {
        keyVar = vars[0].strip();
        valueVar = vars[1].strip();
      } else {
        valueVar = vars[0].strip();
      }
      expr = spec.substring(decl + 2).strip();
    }
    List<Node> body = parseList();
    return new Range(keyVar, valueVar, expr, body, parseElse());
  }

  /** After a body: either {{end}}, or {{else}} body {{end}}. */
  private List<Node> parseElse() throws TemplateException {
    String[] t = expectAction();
    if (t[1].equals("end")) return List.of();
    if (!t[1].equals("else")) throw new TemplateException("unexpected {{" + t[1] + "}}");
    List<Node> otherwise = parseList();
    if (!expectAction()[1].equals("end")) throw new TemplateException("expected {{end}}");
    return otherwise;
  }

  private String[] expectAction() throws TemplateException {
    if (pos >= tokens.size()) throw new TemplateException("unexpected EOF: missing {{end}}");
    return tokens.get(pos++);
  }

  private static void exec(List<Node> nodes, Value dot, Map<String, Value> vars, StringBuilder out) throws TemplateException {
    for (Node n : nodes) {
      if (n instanceof Text t) {
        out.append(t.text());
      } else if (n instanceof Action a) {
        Value v = eval(a.expr(), dot, vars);
        if (a.declare() != null) vars.put(a.declare(), v);
        else out.append(print(v));
      } else if (n instanceof If i) {
        boolean done = false;
        for (int k = 0; k < i.conditions().size() && !done; k++) {
          if (truthy(eval(i.conditions().get(k), dot, vars))) {
            exec(i.branches().get(k), dot, new HashMap<>(vars), out);
            done = true;
          }
        }
        if (!done) exec(i.otherwise(), dot, new HashMap<>(vars), out);
      } else if (n instanceof With w) {
        Value v = eval(w.expr(), dot, vars);
        if (truthy(v)) exec(w.body(), v, new HashMap<>(vars), out);
        else exec(w.otherwise(), dot, new HashMap<>(vars), out);
      } else if (n instanceof Range r) {
        execRange(r, dot, vars, out);
      }
    }
  }

  private static void execRange(Range r, Value dot, Map<String, Value> vars, StringBuilder out) throws TemplateException {
    Value v = eval(r.expr(), dot, vars);
    List<Value[]> items = new ArrayList<>();
    if (v instanceof ArrayValue arr) {
      for (int k = 0; k < arr.size(); k++) items.add(new Value[] {NumberValue.of(k), arr.get(k)});
    } else if (v instanceof SetValue s) {
      int k = 0;
      for (Value e : s) items.add(new Value[] {NumberValue.of(k++), e});
    } else if (v instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) items.add(new Value[] {e.getKey(), e.getValue()});
    } else if (v instanceof NumberValue num && num.intValueOrNull() != null) {
      for (int k = 0; k < num.intValueOrNull(); k++) items.add(new Value[] {NumberValue.of(k), NumberValue.of(k)});
    } else if (v != null && !(v instanceof NullValue)) {
      throw new TemplateException("range can't iterate over " + print(v));
    }
    if (items.isEmpty()) {
      exec(r.otherwise(), dot, new HashMap<>(vars), out);
      return;
    }
    for (Value[] item : items) {
      Map<String, Value> scope = new HashMap<>(vars);
      if (r.keyVar() != null) scope.put(r.keyVar(), item[0]);
      if (r.valueVar() != null) scope.put(r.valueVar(), item[1]);
      exec(r.body(), item[1], scope, out);
    }
  }

  /** Evaluates one operand; null means a missing key. */
  private static Value eval(String expr, Value dot, Map<String, Value> vars) throws TemplateException {
    String e = expr.strip();
    if (e.startsWith("(") && e.endsWith(")")) e = e.substring(1, e.length() - 1).strip();
    if (e.contains("|") || e.contains(" ")) throw new TemplateException("function calls and pipelines are not supported: " + expr);
    if (e.startsWith("\"") && e.endsWith("\"") && e.length() >= 2) return StringValue.of(e.substring(1, e.length() - 1));
    if (e.equals("true") || e.equals("false")) return BoolValue.of(e.equals("true"));
    if (e.equals("nil")) return NullValue.INSTANCE;
    if (e.matches("-?[0-9]+(\\.[0-9]+)?")) return NumberValue.parse(e);
    Value cur;
    String path;
    if (e.startsWith("$")) {
      int dotIdx = e.indexOf('.');
      String name = dotIdx < 0 ? e : e.substring(0, dotIdx);
      if (!vars.containsKey(name)) throw new TemplateException("undefined variable \"" + name + "\"");
      cur = vars.get(name);
      path = dotIdx < 0 ? "" : e.substring(dotIdx + 1);
    } else if (e.startsWith(".")) {
      cur = dot;
      path = e.substring(1);
    } else {
      throw new TemplateException("function \"" + e + "\" not defined");
    }
    if (path.isEmpty()) return cur;
    for (String field : path.split("\\.")) {
      if (!(cur instanceof ObjectValue o)) return null;
      cur = o.get(field);
      if (cur == null) return null;
    }
    return cur;
  }

  /** Go's template truth: false, 0, nil and empty collections/strings are false. */
  private static boolean truthy(Value v) {
    if (v == null || v instanceof NullValue) return false;
    if (v instanceof BoolValue b) return b.value();
    if (v instanceof NumberValue n) return n.value().signum() != 0;
    if (v instanceof StringValue s) return !s.value().isEmpty();
    if (v instanceof ArrayValue a) return a.size() > 0;
    if (v instanceof SetValue s) return s.size() > 0;
    return ((ObjectValue) v).size() > 0;
  }

  /** Go's %v rendering of the JSON-decoded value. */
  private static String print(Value v) {
    if (v == null) return UNDEFINED;
    if (v instanceof NullValue) return "<nil>";
    if (v instanceof StringValue s) return s.value();
    if (v instanceof NumberValue n) return RegoText.number(n);
    if (v instanceof BoolValue b) return Boolean.toString(b.value());
    if (v instanceof ArrayValue || v instanceof SetValue) {
      List<String> parts = new ArrayList<>();
      for (Value e : v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements()) parts.add(print(e));
      return "[" + String.join(" ", parts) + "]";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Value, Value> e : ((ObjectValue) v).entries().entrySet()) parts.add(print(e.getKey()) + ":" + print(e.getValue()));
    return "map[" + String.join(" ", parts) + "]";
  }
}
