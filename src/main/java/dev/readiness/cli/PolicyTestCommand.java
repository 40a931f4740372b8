package dev.readiness.cli;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.RegoTestRunner;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.usage.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness policy test}: runs Rego unit tests like {@code opa test}. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Run Rego unit tests (test_* rules in *_test.rego files) like opa test.",
        "Exit codes: 0 all tests passed, 1 a test failed or errored, 2 usage, parse or compile error."})
public final class PolicyTestCommand implements Callable<Integer> {
  private static final String RULE = "-".repeat(80);

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Directories or .rego/.json/.yaml files to load, like opa test (default: . unless -p is given).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-p", "--policy"}, paramLabel = "DIR", description = "A policy directory (repeatable; same as a PATH).")
  List<Path> policyDirs = new ArrayList<>();

  @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR",
      description = "JSON or YAML data document(s) under data (repeatable); data files inside the policy directories load too.")
  List<Path> dataPaths = new ArrayList<>();

  @Option(names = "--v0-compatible", description = "Parse the policies as Rego v0 (deny[msg] { ... }), as OPA 1.x's flag.")
  boolean v0Compatible;

  @Option(names = "--run", paramLabel = "REGEX", description = "Only run tests whose full name (data.pkg.test_x) matches.")
  String run;

  @Option(names = {"-v", "--verbose"}, description = "List every test with its result, duration and print output.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> all = new ArrayList<>(paths);
    all.addAll(policyDirs);
    if (all.isEmpty()) all.add(Path.of("."));
    for (Path p : all) if (!Files.exists(p)) throw new UsageException("policy test: no such file or directory: " + p);
    for (Path p : dataPaths) if (!Files.exists(p)) throw new UsageException("policy test: no such data file or directory: " + p);
    Pattern filter = null;
    if (run != null) {
      try {
        filter = Pattern.compile(run);
      } catch (PatternSyntaxException e) {
        throw new UsageException("policy test: invalid --run regex: " + e.getDescription());
      }
    }
    RegoTestRunner runner = new RegoTestRunner(BuiltinRegistry.standard(), RegoPolicyEngine.DEFAULT_TIMEOUT,
        RegoPolicyEngine.DEFAULT_MAX_STEPS, v0Compatible);
    RegoTestRunner.Report report;
    try {
      report = runner.run(all, dataPaths, filter);
    } catch (PolicyException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    } catch (IOException e) {
      throw new UsageException("policy test: cannot read " + all + ": " + dev.readiness.text.IoReasons.of(e), e);
    }
    print(report, out);
    out.flush();
    return report.ok() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }

  private void print(RegoTestRunner.Report report, PrintWriter out) {
    if (report.results().isEmpty()) {
      out.println("no tests found");
      return;
    }
    boolean anyBad = !report.ok();
    if (anyBad) {
      out.println("FAILURES");
      out.println(RULE);
      for (RegoTestRunner.TestResult r : report.results()) {
        if (r.status() != RegoTestRunner.Status.FAIL && r.status() != RegoTestRunner.Status.ERROR) continue;
        out.println(r.name() + ": " + r.status() + " (" + duration(r) + ")");
        out.println("  at " + r.location());
        if (r.message() != null) out.println("  " + r.message());
        for (String line : r.output()) out.println("  " + line);
        out.println();
      }
      out.println("SUMMARY");
      out.println(RULE);
    }
    String file = null;
    for (RegoTestRunner.TestResult r : report.results()) {
      boolean bad = r.status() == RegoTestRunner.Status.FAIL || r.status() == RegoTestRunner.Status.ERROR;
      if (!verbose && !bad) continue;
      String f = r.location().substring(0, r.location().lastIndexOf(':'));
      if (!f.equals(file)) {
        if (file != null) out.println();
        out.println(f + ":");
        file = f;
      }
      out.println(r.name() + ": " + r.status() + " (" + duration(r) + ")");
      if (verbose && !bad) for (String line : r.output()) out.println("  " + line);
    }
    if (file != null) out.println(RULE);
    int total = report.results().size();
    for (RegoTestRunner.Status s : RegoTestRunner.Status.values()) {
      long n = report.count(s);
      if (n > 0) out.println(s + ": " + n + "/" + total);
    }
  }

  private static String duration(RegoTestRunner.TestResult r) {
    long micros = r.duration().toNanos() / 1000;
    if (micros < 1000) return micros + "µs";
    return String.format(Locale.ROOT, "%.2fms", micros / 1000.0);
  }
}
