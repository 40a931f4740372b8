package dev.readiness.check;

import dev.readiness.usage.UsageException;
import dev.readiness.concurrent.Background;
import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocument;
import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.DataLoader;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Loads the checks (built-in Rego policies, users' {@code --policy} directories and {@code --bundle}
 * wasm bundles), evaluates each against the input document and applies the status and score rules
 * of docs/policy-contract.md. A failing policy becomes status {@code error} plus a diagnostic; the
 * run always completes.
 */
public final class CheckRunner implements AutoCloseable {
  private static final boolean TIMINGS = Boolean.getBoolean("readiness.timings");
  /** Most lanes checks are evaluated in; each keeps its own copy of shared rule values, so more costs memory. */
  static final int MAX_LANES = 4;
  private final List<LoadedCheck> checks;
  private final List<PolicyEngine> engines;
  private final ConftestInputs.DockerfileView dockerfileView;
  private final CheckCatalog catalog;

  private CheckRunner(List<LoadedCheck> checks, List<PolicyEngine> engines, ConftestInputs.DockerfileView dockerfileView) {
    this.checks = List.copyOf(checks);
    this.engines = List.copyOf(engines);
    this.dockerfileView = dockerfileView;
    this.catalog = new CheckCatalog(checks.stream().map(LoadedCheck::metadata).toList());
  }

  /**
   * Loads and compiles every policy the options name, with the project's Rego interpreter and wasm engine.
   *
   * @throws UsageException for an invalid user policy or bundle (message starts with file:line:col)
   */
  public static CheckRunner create(RunnerOptions options) {
    return create(options, Engines.REGO, Engines.WASM, Engines.DOCKERFILE_VIEW);
  }

  /** As {@link #create(RunnerOptions)} with explicit engines (tests, other embedders). */
  public static CheckRunner create(RunnerOptions options, EngineFactory rego, BundleLoader wasm,
                                   ConftestInputs.DockerfileView dockerfileView) {
    List<LoadedCheck> checks = new ArrayList<>();
    List<PolicyEngine> engines = new ArrayList<>();
    List<PolicyModule> lib = List.of();
    if (options.builtin() || !options.policyDirs().isEmpty()) {
      List<PolicyModule> all = PolicySources.builtin();
      lib = all.stream().filter(m -> m.name().startsWith(PolicySources.BUILTIN_ROOT + "/lib/")).toList();
      if (options.builtin()) {
        try {
          PolicyEngine engine = rego.compileBuiltin(all, options.budget());
          engines.add(engine);
          checks.addAll(CheckLoader.builtin(all, engine));
        } catch (PolicyException e) {
          throw new IllegalStateException("built-in policies do not compile (a bug): " + e.getMessage(), e);
        }
      }
    }
    try {
      Value data = null;
      if (!options.data().isEmpty()) {
        try {
          data = DataLoader.load(options.data());
        } catch (PolicyException e) {
          throw new InvalidPolicyException("data: " + e.getMessage(), e);
        }
      }
      for (Path dir : options.policyDirs()) {
        List<PolicyModule> user = PolicySources.directory(dir);
        if (user.isEmpty()) throw new InvalidPolicyException(dir + ": no .rego policies found");
        List<PolicyModule> modules = new ArrayList<>(lib);
        modules.addAll(user);
        PolicyEngine engine;
        try {
          engine = data == null && !options.v0Compatible() ? rego.compile(modules, options.budget())
              : rego.compile(modules, options.budget(), data, options.v0Compatible());
        } catch (PolicyException e) {
          throw new InvalidPolicyException(e.getMessage(), e);
        }
        engines.add(engine);
        checks.addAll(CheckLoader.user(user, engine));
      }
      for (Path bundle : options.bundles()) {
        PolicyEngine engine;
        try {
          engine = wasm.load(bundle, options.budget());
        } catch (PolicyException e) {
          // the message already starts with the bundle's path when the loader knew it
          String m = String.valueOf(e.getMessage());
          throw new InvalidPolicyException(m.startsWith(bundle + ": ") ? m : bundle + ": " + m, e);
        }
        engines.add(engine);
        checks.addAll(CheckLoader.bundle(bundle, engine));
      }
    } catch (InvalidPolicyException e) {
      engines.forEach(PolicyEngine::close);
      throw new UsageException("invalid policy: " + e.getMessage(), e);
    }
    rejectDuplicates(checks, engines);
    return new CheckRunner(order(checks), engines, dockerfileView);
  }

  /** Every loaded check's metadata. */
  public CheckCatalog catalog() { return catalog; }

  /** Runs every check on the document. */
  public CheckRun run(InputDocument document) {
    return run(Json.fromJava(document));
  }

  /**
   * Runs every check on an input document already converted to a Rego value (the shape of
   * docs/input-document.md). Checks run in parallel lanes (one per core, at most {@link #MAX_LANES});
   * each lane has its own evaluation sessions, and results and diagnostics come back in check order
   * whatever the timing.
   */
  public CheckRun run(Value input) {
    int n = checks.size();
    Evaluated[] evaluated = new Evaluated[n];
    AtomicInteger next = new AtomicInteger();
    Supplier<Void> lane = () -> {
      Map<PolicyEngine, PolicyEngine.Session> sessions = new IdentityHashMap<>();
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        evaluated[i] = evaluate(checks.get(i), input, sessions);
      }
      return null;
    };
    int lanes = Math.max(1, Math.min(Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()), n));
    List<CompletableFuture<Void>> others = new ArrayList<>();
    for (int t = 1; t < lanes; t++) others.add(Background.start("readiness-checks-" + t, lane));
    lane.get();
    others.forEach(Background::await);
    List<CheckResult> results = new ArrayList<>(n);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Evaluated e : evaluated) {
      results.add(e.result());
      diagnostics.addAll(e.diagnostics());
    }
    return new CheckRun(results, diagnostics);
  }

  /** One check's result and the diagnostics its evaluation produced. */
  private record Evaluated(CheckResult result, List<Diagnostic> diagnostics) {}

  /** One check; a failure becomes status {@code error} plus a diagnostic. */
  private Evaluated evaluate(LoadedCheck check, Value input, Map<PolicyEngine, PolicyEngine.Session> sessions) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    long t0 = System.nanoTime();
    try {
      PolicyEngine.Session session = sessions.computeIfAbsent(check.engine(), e -> e.session(input));
      CheckResult result = check.evaluate(session, new ConftestInputs(input, dockerfileView, diagnostics::add));
      reportSlow(check, t0);
      return new Evaluated(result, diagnostics);
    } catch (PolicyException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      // the code once: some engine messages already start with it ("budget_exceeded: budget_exceeded: ..." otherwise)
      if (e instanceof PolicyException p && p.code() != null && !message.startsWith(p.code() + ":")) message = p.code() + ": " + message;
      diagnostics.add(Diagnostic.error("policy", check.metadata().source(), null,
          "check " + check.metadata().id() + " failed: " + message));
      return new Evaluated(ResultInterpreter.error(check.metadata(), message), diagnostics);
    }
  }

  /** With {@code -Dreadiness.timings=true}, names each check that took 50 ms or more (for profiling policies). */
  private static void reportSlow(LoadedCheck check, long startNanos) {
    if (!TIMINGS) return;
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    if (ms >= 50) System.err.println("readiness: check " + check.metadata().id() + " took " + ms + " ms");
  }

  @Override
  public void close() {
    engines.forEach(PolicyEngine::close);
  }

  private static void rejectDuplicates(List<LoadedCheck> checks, List<PolicyEngine> engines) {
    Set<String> seen = new HashSet<>();
    for (LoadedCheck c : checks) {
      if (!seen.add(c.metadata().id())) {
        engines.forEach(PolicyEngine::close);
        throw new UsageException("invalid policy: " + c.metadata().source() + ": check ID '" + c.metadata().id()
            + "' is already defined by another policy");
      }
    }
  }

  // Built-in checks in category order then by ID; user checks after them in load order.
  private static List<LoadedCheck> order(List<LoadedCheck> checks) {
    List<String> categories = new ArrayList<>(Categories.SCORED);
    categories.add("runtime");
    Comparator<LoadedCheck> byCategory = Comparator.comparingInt(c -> {
      int i = categories.indexOf(c.metadata().category());
      return i < 0 ? categories.size() : i;
    });
    List<LoadedCheck> builtin = checks.stream().filter(LoadedCheck::builtin)
        .sorted(byCategory.thenComparing(c -> c.metadata().id())).toList();
    List<LoadedCheck> out = new ArrayList<>(builtin);
    checks.stream().filter(c -> !c.builtin()).forEach(out::add);
    return out;
  }

  /** The IDs of the loaded checks, for diagnostics and tests. */
  Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    checks.forEach(c -> ids.add(c.metadata().id()));
    return ids;
  }

  static Optional<Value> none() { return Optional.empty(); }
}
