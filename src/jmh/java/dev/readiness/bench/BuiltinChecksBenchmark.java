package dev.readiness.bench;

import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRun;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.RunnerOptions;
import dev.readiness.check.Status;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 7: every built-in check (the policies/ library from the classpath, compiled once by the
 * check runner as a scan does) evaluated on the input document the real scan pipeline produces for
 * the generated 200-service repository. One operation is one {@link CheckRunner#run(Value)}: what
 * {@code readiness scan} spends between "evaluating N checks" and scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// Operations take tens to hundreds of ms: longer iterations, and more warm-up for the JIT to settle.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class BuiltinChecksBenchmark {
  static final int SERVICES = 200;

  private GeneratedRepo repo;
  private CheckRunner runner;
  private Value input;

  @Setup
  public void setup() {
    repo = GeneratedRepo.create(SERVICES);
    InputDocument doc = new ScanPipeline(ScanOptions.of(repo.root())).run();
    input = Json.fromJava(doc);
    runner = CheckRunner.create(RunnerOptions.builtinOnly());
    CheckRun run = runner.run(input);
    List<CheckResult> errors = run.results().stream().filter(r -> r.status() == Status.ERROR).toList();
    if (!errors.isEmpty() || run.results().size() != runner.catalog().all().size()) {
      throw new IllegalStateException(errors.size() + " checks failed: " + run.diagnostics());
    }
    long findings = run.results().stream().mapToLong(r -> r.findings().size()).sum();
    System.out.printf("built-in checks: %d checks, %d files, %d compose services, %d Dockerfiles, %d findings%n",
        run.results().size(), doc.files().size(), doc.compose().projects().get(0).configs().get(0).services().size(),
        doc.dockerfiles().size(), findings);
  }

  @TearDown
  public void tearDown() {
    runner.close();
    repo.close();
  }

  @Benchmark
  public CheckRun runAllChecks() {
    return runner.run(input);
  }
}
