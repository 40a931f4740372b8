package dev.readiness.policy.conftest;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Evaluates policies the way {@code conftest test} does: in a namespace (package), every rule named
 * {@code deny}/{@code violation} (failures) or {@code warn} (warnings), with {@code _suffix} variants, is queried
 * over each input; its values (strings, or objects with a {@code msg}) are the results. When
 * {@code exception[_][_]} of the same package holds the rule's name without its prefix, the rule's results become
 * one exception. Rule definitions that produce nothing count as successes. {@code data.conftest.file} holds the
 * input's name and directory.
 */
public final class ConftestRunner {
  static final Pattern WARNING = Pattern.compile("^warn(_[a-zA-Z0-9]+)*$");
  static final Pattern FAILURE = Pattern.compile("^(deny|violation)(_[a-zA-Z0-9]+)*$");

  private final Map<String, String> sources;
  private final Value data;
  private final boolean v0Compatible;
  private final BuiltinRegistry builtins;
  /** namespace to rule name to number of definitions (module order). */
  private final Map<String, Map<String, Integer>> rules = new LinkedHashMap<>();

  /** One result: the message and, for object results, their other fields. */
  public record Result(String message, Map<String, Value> metadata) {}

  /** The results of one input file (or "Combined") in one namespace, as conftest's CheckResult. */
  public record CheckResult(String fileName, String namespace, int successes, List<Result> warnings,
                            List<Result> failures, List<Result> exceptions, List<String> prints) {}

  public ConftestRunner(Map<String, String> sources, Value data, boolean v0Compatible, BuiltinRegistry builtins)
      throws PolicyException {
    this.sources = sources;
    this.data = data == null ? ObjectValue.EMPTY : data;
    this.v0Compatible = v0Compatible;
    this.builtins = builtins;
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Module m = RegoPolicyEngine.parse(e.getKey(), e.getValue(), v0Compatible);
      String ns = String.join(".", m.packagePath());
      Map<String, Integer> names = rules.computeIfAbsent(ns, k -> new LinkedHashMap<>());
      for (Rule r : m.rules()) {
        int at = m.packagePath().size();
        if (r.kind() == Rule.Kind.FUNCTION || r.ref().size() <= at) continue;
        if (!(r.ref().get(at) instanceof Term.Scalar s) || !(s.value() instanceof StringValue name)) continue;
        String n = name.value();
        if (FAILURE.matcher(n).matches() || WARNING.matcher(n).matches()) names.merge(n, 1, Integer::sum);
      }
    }
    engine(Path.of("policy")); // compile once up front so errors surface before any input is read
  }

  /** Every package of the policies (conftest's --all-namespaces). */
  public List<String> namespaces() {
    return new ArrayList<>(rules.keySet());
  }

  private RegoPolicyEngine engine(Path file) throws PolicyException {
    Path abs = file.toAbsolutePath().normalize();
    Value fileInfo = ObjectValue.builder()
        .put("name", StringValue.of(abs.getFileName() == null ? "" : abs.getFileName().toString()))
        .put("dir", StringValue.of(abs.getParent() == null ? "/" : abs.getParent().toString())).build();
    TreeMap<Value, Value> root = new TreeMap<>(((ObjectValue) (data instanceof ObjectValue ? data : ObjectValue.EMPTY)).entries());
    TreeMap<Value, Value> conftest = new TreeMap<>();
    if (root.get(StringValue.of("conftest")) instanceof ObjectValue existing) conftest.putAll(existing.entries());
    conftest.put(StringValue.of("file"), fileInfo);
    root.put(StringValue.of("conftest"), ObjectValue.of(conftest));
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder().builtins(builtins)
        .budget(RegoPolicyEngine.DEFAULT_TIMEOUT, RegoPolicyEngine.DEFAULT_MAX_STEPS)
        .data(ObjectValue.of(root)).v0Compatible(v0Compatible)
        // as conftest's print hook: the call's file:line before the message
        .printHook((location, message) -> prints.add(location == null ? message : location + ": " + message));
    for (Map.Entry<String, String> e : sources.entrySet()) b.module(e.getKey(), e.getValue());
    return b.build();
  }

  private final List<String> prints = new ArrayList<>();

  /**
   * Checks one parsed input. A top-level array is several inputs (multi-document YAML, a Dockerfile, a JSON array),
   * each checked alone and reported under the same file, as conftest does.
   */
  public CheckResult check(String fileName, Path file, Value config, String namespace) throws PolicyException {
    return check(fileName, file, config, namespace, true);
  }

  /** Like {@link #check(String, Path, Value, String)}; {@code split} false checks an array as one input (--combine). */
  public CheckResult check(String fileName, Path file, Value config, String namespace, boolean split)
      throws PolicyException {
    RegoPolicyEngine engine = engine(file);
    List<Value> inputs = split && config instanceof ArrayValue a ? a.elements() : List.of(config);
    int successes = 0;
    List<Result> warnings = new ArrayList<>();
    List<Result> failures = new ArrayList<>();
    List<Result> exceptions = new ArrayList<>();
    prints.clear();
    for (Value input : inputs) {
      Counts c = checkOne(engine, input, namespace, warnings, failures, exceptions);
      successes += c.successes;
    }
    return new CheckResult(fileName, namespace, successes, warnings, failures, exceptions, List.copyOf(prints));
  }

  private record Counts(int successes) {}

  private Counts checkOne(RegoPolicyEngine engine, Value input, String namespace, List<Result> warningsOut,
                          List<Result> failuresOut, List<Result> exceptionsOut) throws PolicyException {
    Map<String, Integer> names = rules.getOrDefault(namespace, Map.of());
    int ruleCount = names.values().stream().mapToInt(Integer::intValue).sum();
    int successes = 0;
    int results = 0;
    RegoPolicyEngine.Session session = engine.session(input);
    Optional<Value> exceptionDoc = names.isEmpty() ? Optional.empty() : session.evaluate("data." + namespace + ".exception");
    for (String rule : names.keySet()) {
      String bare = removeRulePrefix(rule);
      String exceptionQuery = "data." + namespace + ".exception[_][_] == \"" + bare + "\"";
      boolean excepted = exceptionDoc.isPresent() && holds(exceptionDoc.get(), bare);
      if (excepted) {
        exceptionsOut.add(new Result(exceptionQuery, Map.of()));
        results++;
        continue;
      }
      Optional<Value> v = session.evaluate("data." + namespace + "." + rule);
      List<Value> values = new ArrayList<>();
      if (v.isPresent() && v.get() instanceof SetValue s) values.addAll(s.elements());
      else if (v.isPresent() && v.get() instanceof ArrayValue a) values.addAll(a.elements());
      if (values.isEmpty()) {
        successes++;
        results++;
        continue;
      }
      for (Value x : values) {
        Result r = toResult(x, "data." + namespace + "." + rule);
        if (r == null) continue;
        results++;
        if (FAILURE.matcher(rule).matches()) failuresOut.add(r);
        else warningsOut.add(r);
      }
    }
    if (results < ruleCount) successes += ruleCount - results;
    return new Counts(successes);
  }

  /** True when exception[_][_] == name: the exception document is a set (or array) of sets/arrays of names. */
  private static boolean holds(Value exception, String name) {
    StringValue target = StringValue.of(name);
    for (Value inner : elements(exception)) for (Value x : elements(inner)) if (x.equals(target)) return true;
    return false;
  }

  private static List<Value> elements(Value v) {
    if (v instanceof SetValue s) return new ArrayList<>(s.elements());
    if (v instanceof ArrayValue a) return a.elements();
    if (v instanceof ObjectValue o) return new ArrayList<>(o.entries().values());
    return List.of();
  }

  private static Result toResult(Value x, String query) throws PolicyException {
    if (x instanceof StringValue s) return new Result(s.value(), Map.of("query", StringValue.of(query)));
    if (x instanceof ObjectValue o) {
      if (!(o.get("msg") instanceof StringValue msg)) {
        throw new PolicyException("conftest_result", "check: query rule: new result: \"msg\" field must be present"
            + " and a string", null);
      }
      Map<String, Value> meta = new TreeMap<>();
      o.entries().forEach((k, val) -> {
        if (k instanceof StringValue ks && !ks.value().equals("msg") && !ks.value().equals("_loc")) meta.put(ks.value(), val);
      });
      meta.put("query", StringValue.of(query));
      return new Result(msg.value(), meta);
    }
    return null;
  }

  static String removeRulePrefix(String rule) {
    if (rule.equals("violation") || rule.equals("deny") || rule.equals("warn")) return "";
    String r = rule;
    for (String p : List.of("violation_", "deny_", "warn_")) if (r.startsWith(p)) r = r.substring(p.length());
    return r;
  }
}
