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

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Directory with .rego files (default: .).")
  Path dir = Path.of(".");

  @Option(names = "--run", paramLabel = "REGEX", description = "Only run tests whose full name (data.pkg.test_x) matches.")
  String run;

  @Option(names = {"-v", "--verbose"}, description = "List every test with its result, duration and print output.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) throw new UsageException("policy test: not a directory: " + dir);
    Pattern filter = null;
    if (run != null) {
      try {
        filter = Pattern.compile(run);
      } catch (PatternSyntaxException e) {
        throw new UsageException("policy test: invalid --run regex: " + e.getDescription());
      }
    }
    RegoTestRunner runner = new RegoTestRunner(BuiltinRegistry.standard(), RegoPolicyEngine.DEFAULT_TIMEOUT,
        RegoPolicyEngine.DEFAULT_MAX_STEPS);
    RegoTestRunner.Report report;
    try {
      report = runner.run(dir, filter);
    } catch (PolicyException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    } catch (IOException e) {
      throw new UsageException("policy test: cannot read " + dir + ": " + e.getMessage(), e);
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
