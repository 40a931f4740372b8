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

  /**
   * The report in the layout of {@code opa test} (OPA 1.22 PrettyReporter): each failing test (every test with -v)
   * under its {@code file:line:}, followed by its print output indented; errors with their message; with -v a
   * FAILURES section giving why each failing test failed (where OPA prints its trace); then the counts.
   */
  private void print(RegoTestRunner.Report report, PrintWriter out) {
    if (report.results().isEmpty()) {
      out.println("no tests found");
      return;
    }
    boolean dirty = false;
    String lastFile = null;
    List<RegoTestRunner.TestResult> failures = new ArrayList<>();
    for (RegoTestRunner.TestResult r : report.results()) {
      if (r.status() == RegoTestRunner.Status.FAIL) failures.add(r);
      if (verbose || r.status() != RegoTestRunner.Status.PASS) {
        String file = r.location().substring(0, r.location().lastIndexOf(':'));
        if (lastFile != null && !lastFile.equals(file)) out.println();
        out.println(r.location() + ":");
        lastFile = file;
        dirty = true;
        out.println(line(r));
        if (!r.output().isEmpty()) {
          out.println();
          for (String l : r.output()) out.println("  " + l);
          out.println();
        }
      }
      if (r.status() == RegoTestRunner.Status.ERROR) out.println("  " + r.message());
    }
    if (verbose && !failures.isEmpty()) {
      out.println(RULE);
      out.println("FAILURES");
      out.println(RULE);
      for (RegoTestRunner.TestResult r : failures) {
        out.println(line(r));
        out.println();
        out.println("  " + r.message());
        out.println();
      }
    }
    if (dirty) out.println(RULE);
    int total = report.results().size();
    String[][] labels = {{"PASS", "PASS"}, {"FAIL", "FAIL"}, {"SKIP", "SKIPPED"}, {"ERROR", "ERROR"}};
    for (String[] l : labels) {
      long n = report.count(RegoTestRunner.Status.valueOf(l[0]));
      if (n > 0) out.println(l[1] + ": " + n + "/" + total);
    }
  }

  private static String line(RegoTestRunner.TestResult r) {
    if (r.status() == RegoTestRunner.Status.SKIP) return r.name() + ": SKIPPED";
    return r.name() + ": " + r.status() + " (" + goDuration(r.duration().toNanos()) + ")";
  }

  /** A duration as Go's time.Duration.String() writes it (opa test's format): 597.067µs, 4.411991ms, 1.5s. */
  static String goDuration(long nanos) {
    if (nanos < 1_000) return nanos + "ns";
    if (nanos < 1_000_000) return decimal(nanos, 1_000) + "µs";
    if (nanos < 1_000_000_000) return decimal(nanos, 1_000_000) + "ms";
    long minutes = nanos / 60_000_000_000L;
    String seconds = decimal(nanos % 60_000_000_000L, 1_000_000_000) + "s";
    if (minutes == 0) return seconds;
    return (minutes >= 60 ? minutes / 60 + "h" + minutes % 60 + "m" : minutes + "m") + seconds;
  }

  private static String decimal(long value, long unit) {
    String frac = String.format(Locale.ROOT, "%0" + Long.toString(unit).length() + "d", value % unit).substring(1);
    frac = frac.replaceAll("0+$", "");
    return value / unit + (frac.isEmpty() ? "" : "." + frac);
  }
}
