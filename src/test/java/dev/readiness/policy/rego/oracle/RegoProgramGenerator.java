package dev.readiness.policy.rego.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random, well-typed Rego v1 modules and input documents for the differential fuzzer: partial
 * sets and objects, complete rules with defaults and else, functions, negation (over undefined refs too),
 * some/in, every, comprehensions, with, and a handful of builtins. Numbers only meet numbers and strings
 * strings, so OPA's type checker accepts what is generated and both engines are compared on evaluation.
 */
public final class RegoProgramGenerator {
  private final Random rnd;
  private int fresh;

  public RegoProgramGenerator(long seed) { this.rnd = new Random(seed); }

  private enum T { NUM, STR }

  private record Var(String name, T type) {}

  /** One module in package {@code pkg}. */
  public String module(String pkg) {
    StringBuilder sb = new StringBuilder("package ").append(pkg).append("\n\n");
    sb.append("f(x) := y if {\n\tis_number(x)\n\ty := x * 2\n}\n\n");
    sb.append("f(x) := 0 if not is_number(x)\n\n");
    sb.append("g(s) := upper(s) if startswith(s, \"a\")\n\nelse := \"other\"\n\n");
    sb.append("default h := 0\n\nh := count(input.xs) if count(input.xs) > ").append(rnd.nextInt(4)).append("\n\n");
    int rules = 2 + rnd.nextInt(4);
    for (int i = 0; i < rules; i++) sb.append(rule("r" + i)).append("\n");
    return sb.toString();
  }

  private String rule(String name) {
    List<Var> scope = new ArrayList<>();
    List<String> body = body(scope, 1 + rnd.nextInt(4), 0);
    String b = String.join("\n\t", body);
    switch (rnd.nextInt(5)) {
      case 0: {
        String head = scope.isEmpty() ? "\"x\"" : pick(scope).name;
        return name + " contains " + head + " if {\n\t" + b + "\n}\n";
      }
      case 1: {
        Var key = scope.stream().filter(v -> v.type == T.STR).findFirst().orElse(null);
        if (key != null) return name + "[" + key.name + "] := " + num(scope, 1) + " if {\n\t" + b + "\n}\n";
        return name + " := " + num(scope, 1) + " if {\n\t" + b + "\n}\n";
      }
      case 2:
        return name + " if {\n\t" + b + "\n}\n";
      case 3:
        return "default " + name + " := \"none\"\n\n" + name + " := " + str(scope, 1) + " if {\n\t" + b + "\n}\n";
      default:
        return name + " := {k: v | some k, v in input.m; " + cmp(List.of(new Var("k", T.STR)), 0) + "}\n";
    }
  }

  private List<String> body(List<Var> scope, int n, int depth) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(literal(scope, depth));
    return out;
  }

  private String literal(List<Var> scope, int depth) {
    switch (rnd.nextInt(depth > 1 ? 6 : 10)) {
      case 0: {
        Var v = new Var(name(), T.NUM);
        String s = "some " + v.name + " in " + numColl();
        scope.add(v);
        return s;
      }
      case 1: {
        Var k = new Var(name(), T.STR);
        Var v = new Var(name(), T.NUM);
        scope.add(k);
        scope.add(v);
        return "some " + k.name + ", " + v.name + " in input.m";
      }
      case 2: {
        Var v = new Var(name(), T.NUM);
        String s = v.name + " := " + num(scope, 2);
        scope.add(v);
        return s;
      }
      case 3: {
        Var v = new Var(name(), T.STR);
        String s = v.name + " := " + str(scope, 2);
        scope.add(v);
        return s;
      }
      case 4:
      case 5:
        return cmp(scope, depth);
      case 6:
        return "not " + negatable(scope);
      case 7:
        return "count([y | some y in " + numColl() + "; " + cmp(List.of(new Var("y", T.NUM)), depth + 1) + "]) " + op() + " "
            + rnd.nextInt(3);
      case 8: {
        String x = name();
        List<Var> inner = new ArrayList<>(scope);
        inner.add(new Var(x, T.NUM));
        return "every " + x + " in " + numColl() + " { " + cmp(inner, depth + 1) + " }";
      }
      default:
        return negatable(scope) + " with input.n as " + rnd.nextInt(5);
    }
  }

  private String negatable(List<Var> scope) {
    switch (rnd.nextInt(6)) {
      case 0: return "f(input.missing) == 0";
      case 1: return "startswith(" + str(scope, 1) + ", \"a\")";
      case 2: return "input.flag";
      case 3: return num(scope, 1) + " " + op() + " " + num(scope, 1);
      case 4: return "object.get(input.m, \"zz\", null) == input.missing";
      default: return "input.m[" + str(scope, 0) + "] == " + rnd.nextInt(4);
    }
  }

  private String cmp(List<Var> scope, int depth) {
    if (rnd.nextInt(3) == 0) return str(scope, 1) + (rnd.nextBoolean() ? " == " : " != ") + str(scope, 1);
    return num(scope, depth > 1 ? 0 : 2) + " " + op() + " " + num(scope, depth > 1 ? 0 : 1);
  }

  private String op() { return List.of("==", "!=", "<", "<=", ">", ">=").get(rnd.nextInt(6)); }

  private String numColl() {
    return List.of("input.xs", "[1, 2, 3]", "input.missing", "numbers.range(0, 2)", "{1, 3}", "[]").get(rnd.nextInt(6));
  }

  private String num(List<Var> scope, int depth) {
    List<Var> nums = scope.stream().filter(v -> v.type == T.NUM).toList();
    int choice = rnd.nextInt(depth <= 0 ? 3 : 9);
    switch (choice) {
      case 0: return String.valueOf(rnd.nextInt(5));
      case 1: return nums.isEmpty() ? "input.n" : pick(nums).name;
      case 2: return "input.n";
      case 3: return num(scope, depth - 1) + " + " + num(scope, depth - 1);
      case 4: return "count(" + numColl() + ")";
      case 5: return "f(" + num(scope, depth - 1) + ")";
      case 6: return "h";
      case 7: return "sum(input.xs)";
      default: return "input.xs[" + rnd.nextInt(3) + "]";
    }
  }

  private String str(List<Var> scope, int depth) {
    List<Var> strs = scope.stream().filter(v -> v.type == T.STR).toList();
    int choice = rnd.nextInt(depth <= 0 ? 3 : 7);
    switch (choice) {
      case 0: return "\"" + List.of("a", "b", "ab", "").get(rnd.nextInt(4)) + "\"";
      case 1: return strs.isEmpty() ? "input.s" : pick(strs).name;
      case 2: return "input.s";
      case 3: return "concat(\"-\", [" + str(scope, depth - 1) + ", " + str(scope, depth - 1) + "])";
      case 4: return "g(" + str(scope, depth - 1) + ")";
      case 5: return "sprintf(\"%v\", [" + num(scope, depth - 1) + "])";
      default: return "lower(" + str(scope, depth - 1) + ")";
    }
  }

  private Var pick(List<Var> l) { return l.get(rnd.nextInt(l.size())); }

  private String name() { return "v" + (fresh++); }

  /** A random input document; keys are sometimes absent so refs can be undefined. */
  public String input() {
    StringBuilder sb = new StringBuilder("{");
    List<String> parts = new ArrayList<>();
    if (rnd.nextInt(5) > 0) {
      List<String> xs = new ArrayList<>();
      for (int i = rnd.nextInt(4); i > 0; i--) xs.add(String.valueOf(rnd.nextInt(5)));
      parts.add("\"xs\": [" + String.join(", ", xs) + "]");
    }
    if (rnd.nextInt(5) > 0) {
      List<String> m = new ArrayList<>();
      for (String k : List.of("a", "b", "ab")) if (rnd.nextBoolean()) m.add("\"" + k + "\": " + rnd.nextInt(4));
      parts.add("\"m\": {" + String.join(", ", m) + "}");
    }
    if (rnd.nextInt(4) > 0) parts.add("\"s\": \"" + List.of("a", "ab", "b", "").get(rnd.nextInt(4)) + "\"");
    if (rnd.nextInt(4) > 0) parts.add("\"n\": " + rnd.nextInt(5));
    if (rnd.nextBoolean()) parts.add("\"flag\": " + rnd.nextBoolean());
    sb.append(String.join(", ", parts)).append("}");
    return sb.toString();
  }
}
