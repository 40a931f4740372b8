package dev.readiness.policy.rego;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Rego unit tests like {@code opa test}: every {@code test_*} rule of the modules under a directory
 * (each definition of a test rule separately), evaluated together with all other modules there. A test passes when its rule is
 * true; undefined or false is a failure; an evaluation error is an error. {@code todo_test_*} rules are skipped.
 */
public final class RegoTestRunner {
  private final BuiltinRegistry builtins;
  private final Duration timeout;
  private final long maxSteps;
  private final boolean v0Compatible;

  public RegoTestRunner(BuiltinRegistry builtins, Duration timeout, long maxSteps) {
    this(builtins, timeout, maxSteps, false);
  }

  /** A runner parsing modules as Rego v0 when {@code v0Compatible} (OPA's --v0-compatible). */
  public RegoTestRunner(BuiltinRegistry builtins, Duration timeout, long maxSteps, boolean v0Compatible) {
    this.builtins = builtins;
    this.timeout = timeout;
    this.maxSteps = maxSteps;
    this.v0Compatible = v0Compatible;
  }

  /** Outcome of one test. */
  public enum Status { PASS, FAIL, ERROR, SKIP }

  /**
   * One test result.
   *
   * @param name the full rule path, e.g. {@code data.readiness.checks.x.test_denies_root}
   * @param location file:line of the test rule
   * @param message why it failed or errored (null on pass)
   * @param output lines the test printed with {@code print}
   */
  public record TestResult(String name, Status status, String location, String message, List<String> output,
                           Duration duration) {}

  /** All results, in file and rule order. */
  public record Report(List<TestResult> results) {
    public long count(Status s) { return results.stream().filter(r -> r.status() == s).count(); }

    public boolean ok() { return count(Status.FAIL) == 0 && count(Status.ERROR) == 0; }
  }

  /**
   * Loads every .rego file under dir and runs the tests whose full name matches the filter (null = all).
   *
   * @throws PolicyException for parse and compile errors (nothing is run then)
   * @throws IOException when the directory cannot be read
   */
  public Report run(Path dir, Pattern filter) throws PolicyException, IOException {
    return run(List.of(dir), List.of(), filter);
  }

  /**
   * Like {@code opa test PATH... -d DATA...}: loads the .rego files of every path (a directory or a file), the
   * JSON/YAML data files found in them (each at its directory's path below {@code data}, as opa test does),
   * then the data paths given, and runs the tests whose full name matches the filter (null = all).
   */
  public Report run(List<Path> paths, List<Path> dataPaths, Pattern filter) throws PolicyException, IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    DataLoader data = new DataLoader();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        if (path.getFileName().toString().endsWith(".rego")) {
          sources.put(path.normalize().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } else {
          data.add(path);
        }
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".rego")).sorted().toList();
      }
      // named as opa test names them (test and print locations, errors): the path as given, cleaned
      for (Path f : files) sources.put(f.normalize().toString(), Files.readString(f, StandardCharsets.UTF_8));
      data.add(path);
    }
    for (Path d : dataPaths) data.add(d);
    return run(sources, data.value(), filter);
  }

  /** Runs the tests of in-memory modules (file name to source). */
  public Report run(Map<String, String> sources, Pattern filter) throws PolicyException {
    return run(sources, null, filter);
  }

  /** Runs the tests of in-memory modules (file name to source) over a base data document (null: empty). */
  public Report run(Map<String, String> sources, Value data, Pattern filter) throws PolicyException {
    List<StringBuilder> sink = new ArrayList<>();
    sink.add(new StringBuilder());
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder().builtins(builtins).budget(timeout, maxSteps)
        .data(data).v0Compatible(v0Compatible)
        .printSink(line -> {
          synchronized (sink) {
            sink.get(0).append(line).append('\n');
          }
        });
    List<TestRule> tests = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      b.module(e.getKey(), e.getValue());
      Module m = RegoPolicyEngine.parse(e.getKey(), e.getValue(), v0Compatible);
      for (Rule r : m.rules()) {
        String name = testName(r);
        if (name == null) continue;
        // like opa test, each definition of a test rule is a test of its own (the second is name#01, ...)
        int index = (int) tests.stream().filter(t -> t.name.equals(name)).count();
        tests.add(new TestRule(name, r.loc().fileLine(), index));
      }
    }
    RegoPolicyEngine engine = b.build();
    Map<String, Integer> definitions = new java.util.HashMap<>();
    for (TestRule t : tests) definitions.merge(t.name, 1, Integer::sum);
    List<TestResult> results = new ArrayList<>();
    for (TestRule t : tests) {
      if (filter != null && !filter.matcher(t.name).find()) continue;
      String last = t.name.substring(t.name.lastIndexOf('.') + 1);
      String shown = t.index == 0 ? t.name : t.name + String.format(java.util.Locale.ROOT, "#%02d", t.index);
      if (last.startsWith("todo_test_")) {
        results.add(new TestResult(shown, Status.SKIP, t.location, null, List.of(), Duration.ZERO));
        continue;
      }
      synchronized (sink) {
        sink.get(0).setLength(0);
      }
      long start = System.nanoTime();
      Status status;
      String message = null;
      try {
        Optional<Value> v = definitions.getOrDefault(t.name, 0) > 1
            ? engine.evaluateDefinition(t.name, t.index, null) : engine.evaluate(t.name, null);
        if (v.isEmpty()) {
          status = Status.FAIL;
          message = "test rule is undefined (some expression in its body was false or undefined)";
        } else if (v.get().equals(BoolValue.FALSE)) {
          status = Status.FAIL;
          message = "test rule is false";
        } else {
          status = Status.PASS;
        }
      } catch (PolicyException e) {
        status = Status.ERROR;
        message = e.getMessage();
      }
      Duration d = Duration.ofNanos(System.nanoTime() - start);
      List<String> out;
      synchronized (sink) {
        String s = sink.get(0).toString();
        out = s.isEmpty() ? List.of() : List.of(s.split("\n"));
      }
      results.add(new TestResult(shown, status, t.location, message, out, d));
    }
    return new Report(results);
  }

  private record TestRule(String name, String location, int index) {}

  private static String testName(Rule r) {
    if (r.kind() == Rule.Kind.FUNCTION) return null;
    StringBuilder sb = new StringBuilder("data");
    String last = null;
    for (Term t : r.ref()) {
      if (!(t instanceof Term.Scalar s) || !(s.value() instanceof StringValue sv)) return null;
      sb.append('.').append(sv.value());
      last = sv.value();
    }
    if (last == null || !(last.startsWith("test_") || last.startsWith("todo_test_"))) return null;
    return sb.toString();
  }
}
