package dev.readiness.bench;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.compose.ComposeConfig;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.compose.ComposeScanner;
import dev.readiness.scan.compose.ComposeService;
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
 * Issue 7: the compose scanner on compose.yaml (200 services) plus compose.override.yaml (200
 * service overrides): YAML load, interpolation with the project's .env, the override merge as
 * {@code docker compose config} does it, and the per-service facts. File contents are read once at
 * setup (the scan context caches them), so this is CPU only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// Operations take tens to hundreds of ms: longer iterations, and more warm-up for the JIT to settle.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class ComposeMergeBenchmark {
  static final int SERVICES = 200;

  private GeneratedRepo repo;
  private ScanContext context;

  @Setup
  public void setup() {
    repo = GeneratedRepo.create(SERVICES);
    context = ScanContexts.discover(repo.root());
    ComposeFacts facts = new ComposeScanner().scan(context);
    ComposeConfig config = facts.projects().get(0).configs().get(0);
    ComposeService api = config.services().stream().filter(s -> s.name().equals(ComposeServices.name(1))).findFirst().orElseThrow();
    // The merged service has the base's published port and the override's debugger port.
    if (facts.projects().size() != 1 || config.files().size() != 2 || config.services().size() != SERVICES
        || api.ports().size() != 2) {
      throw new IllegalStateException("unexpected merge: " + facts.projects().size() + " projects, chain " + config.files()
          + ", " + config.services().size() + " services, " + api.name() + " ports " + api.ports());
    }
    System.out.printf("compose merge: %s, %d services%n", config.files(), config.services().size());
  }

  @TearDown
  public void tearDown() {
    repo.close();
  }

  @Benchmark
  public ComposeFacts loadAndMerge() {
    return new ComposeScanner().scan(context);
  }
}
