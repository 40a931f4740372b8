package dev.readiness.bench;

import dev.readiness.check.PolicyModule;
import dev.readiness.check.PolicySources;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.input.InputDocuments;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.policy.wasm.WasmBundle;
import dev.readiness.policy.wasm.WasmPolicyEngine;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 16: the whole built-in library (policies/ from the classpath, tests left out) on a real repository's input
 * document, evaluated by the project's Rego interpreter and by opa-java-wasm on Chicory, interpreted and compiled
 * to JVM bytecode, from the wasm module that {@code opa build -t wasm} makes of the library (every check's
 * deny/warn/applicable/total/passing rule an entrypoint, as BuiltinLibraryWasmTest builds it). One operation
 * evaluates every entrypoint once on the document, through one session of the engine. Needs the real opa
 * (~/.cache/readiness-tools/bin, PATH or ~/go/bin) for the wasm engines; run from the project directory
 * (repositories are paths relative to it; the corpus ones need ../shared/corpus).
 *
 * <p>The setup evaluates every entrypoint with the engine and with the interpreter and fails when they disagree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
public class LibraryEnginesBenchmark {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package (readiness\\.checks\\.\\S+)");
  private static final Pattern RESULT_RULE = Pattern.compile("(?m)^(?:default )?(deny|warn|applicable|total|passing)\\b");

  @Param({"interpreter", "wasm-compiled", "wasm-interpreted"})
  public String engine;

  @Param({"examples/mvp-stack", "src/test/resources/repos/well-run", "src/test/resources/repos/python-fastapi",
      "../shared/corpus/miniflux", "../shared/corpus/paperless-ngx"})
  public String repo;

  private List<String> entrypoints;
  private List<String> queries;
  private Path buildDir;
  private PolicyEngine subject;
  private Value input;

  @Setup
  public void setup() throws Exception {
    Path root = Path.of(repo);
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(root.toAbsolutePath() + " is absent: run from the project directory, or pick "
          + "repositories with -p repo=DIR,...");
    }
    input = Json.parse(InputDocuments.toJson(new ScanPipeline(new ScanOptions(root, List.of(),
        DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off())).run()));
    List<PolicyModule> modules = PolicySources.builtin();
    entrypoints = new ArrayList<>();
    for (PolicyModule m : modules) {
      Matcher p = PACKAGE.matcher(m.source());
      if (!p.find()) continue;
      Set<String> rules = new TreeSet<>();
      Matcher r = RESULT_RULE.matcher(m.source());
      while (r.find()) rules.add(r.group(1));
      for (String rule : rules) entrypoints.add(p.group(1).replace('.', '/') + "/" + rule);
    }
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder();
    for (PolicyModule m : modules) b.module(m.name(), m.source());
    RegoPolicyEngine rego = b.build();
    subject = switch (engine) {
      case "interpreter" -> rego;
      case "wasm-compiled" -> WasmPolicyEngine.of(WasmBundle.load(build(modules)), 1, WasmPolicyEngine.Execution.COMPILED);
      case "wasm-interpreted" -> WasmPolicyEngine.of(WasmBundle.load(build(modules)), 1,
          WasmPolicyEngine.Execution.INTERPRETED);
      default -> throw new IllegalArgumentException("engine: interpreter, wasm-compiled or wasm-interpreted");
    };
    if (subject != rego) {
      PolicyEngine.Session expected = rego.session(input);
      PolicyEngine.Session got = subject.session(input);
      for (String e : entrypoints) {
        Optional<Value> want = expected.evaluate(dotted(e));
        Optional<Value> have = got.evaluate(e);
        Value w = have.orElse(null);
        if (want.orElse(null) instanceof SetValue && w instanceof ArrayValue arr) w = SetValue.of(arr.elements());
        if (!Json.write(want.orElse(null)).equals(Json.write(w))) {
          throw new IllegalStateException(engine + " disagrees with the interpreter on " + e + " for " + repo);
        }
      }
    }
    queries = subject == rego ? entrypoints.stream().map(LibraryEnginesBenchmark::dotted).toList() : entrypoints;
    System.out.printf("library: %d modules, %d entrypoints; %s: %,d bytes of input JSON%n", modules.size(),
        entrypoints.size(), repo, Json.write(input).length());
  }

  /** opa build -t wasm of the library with every entrypoint; returns the bundle. */
  private Path build(List<PolicyModule> modules) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("library-wasm");
    buildDir = dir;
    for (PolicyModule m : modules) {
      Path f = dir.resolve(m.name());
      Files.createDirectories(f.getParent());
      Files.writeString(f, m.source());
    }
    Path bundle = dir.resolve("lib.tar.gz");
    List<String> cmd = new ArrayList<>(List.of(opa(), "build", "-t", "wasm", "-o", bundle.toString()));
    for (String e : entrypoints) {
      cmd.add("-e");
      cmd.add(e);
    }
    cmd.add(dir.resolve(PolicySources.BUILTIN_ROOT).toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IllegalStateException("opa build failed: " + out);
    return bundle;
  }

  private static String opa() {
    List<Path> candidates = new ArrayList<>();
    String home = System.getProperty("user.home");
    candidates.add(Path.of(home, ".cache", "readiness-tools", "bin", "opa"));
    String path = System.getenv("PATH");
    if (path != null) for (String d : path.split(File.pathSeparator)) candidates.add(Path.of(d, "opa"));
    candidates.add(Path.of(home, "go", "bin", "opa"));
    for (Path c : candidates) if (Files.isExecutable(c)) return c.toString();
    throw new IllegalStateException("the wasm engines need the real opa (.ci/run builds it into ~/.cache/readiness-tools/bin)");
  }

  private static String dotted(String entrypoint) {
    return "data." + entrypoint.replace('/', '.');
  }

  private long cpuAtStart;
  private long opsInIteration;

  /** Process CPU time (all threads: evaluation, JIT, GC) per operation, printed per iteration: on a shared machine
   * the wall-clock score also counts time spent waiting for a core, this does not. */
  @Setup(Level.Iteration)
  public void startIteration() {
    cpuAtStart = processCpuNanos();
    opsInIteration = 0;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    if (opsInIteration > 0) {
      System.out.printf("[cpu %.1f ms/op over %d ops] ", (processCpuNanos() - cpuAtStart) / 1e6 / opsInIteration,
          opsInIteration);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  @TearDown
  public void tearDown() throws IOException {
    if (subject instanceof WasmPolicyEngine w) w.close();
    if (buildDir != null) {
      try (java.util.stream.Stream<Path> walk = Files.walk(buildDir)) {
        for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
      }
    }
  }

  @Benchmark
  public void evaluateLibrary(Blackhole bh) throws PolicyException {
    PolicyEngine.Session s = subject.session(input);
    for (String q : queries) bh.consume(s.evaluate(q));
    opsInIteration++;
  }
}
