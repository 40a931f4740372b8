package dev.readiness.policy.wasm;

import com.styra.opa.wasm.OpaAbortException;
import com.styra.opa.wasm.OpaPolicy;
import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Evaluates OPA-compiled wasm policies through opa-java-wasm (on the Chicory runtime). Each module
 * gets a {@link PolicyInstancePool} so several threads can evaluate at once; an instance that
 * aborted is discarded rather than reused.
 */
public final class WasmPolicyEngine implements PolicyEngine {
  private final String source;
  private final Map<String, ModulePool> byEntrypoint;
  private final List<ModulePool> pools;
  private final Duration budget;
  private final ExecutorService evaluators;

  private WasmPolicyEngine(String source, Map<String, ModulePool> byEntrypoint, List<ModulePool> pools, Duration budget) {
    this.source = source;
    this.byEntrypoint = byEntrypoint;
    this.pools = pools;
    this.budget = budget;
    this.evaluators = budget == null ? null : Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "readiness-wasm-eval");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * How Chicory runs the module. Interpreted instances load about 3x faster, compiled ones evaluate
   * several times faster; a scan evaluates each entrypoint a few times, so interpretation is the default.
   */
  public enum Execution { INTERPRETED, COMPILED }

  /** Loads a bundle.tar.gz or a bare policy.wasm, interpreted, with one pooled instance per available processor. */
  public static WasmPolicyEngine load(Path file) throws PolicyException {
    return load(file, null);
  }

  /** As {@link #load(Path)}, each evaluation limited to {@code budget} of wall-clock time (null: no limit). */
  public static WasmPolicyEngine load(Path file, Duration budget) throws PolicyException {
    return of(WasmBundle.load(file), Runtime.getRuntime().availableProcessors(), Execution.INTERPRETED, budget);
  }

  /** Interpreted; see {@link #of(WasmBundle, int, Execution)}. */
  public static WasmPolicyEngine of(WasmBundle bundle, int poolSize) throws PolicyException {
    return of(bundle, poolSize, Execution.INTERPRETED);
  }

  /** Without a time limit; see {@link #of(WasmBundle, int, Execution, Duration)}. */
  public static WasmPolicyEngine of(WasmBundle bundle, int poolSize, Execution execution) throws PolicyException {
    return of(bundle, poolSize, execution, null);
  }

  /**
   * Instantiates every module of the bundle once to learn its entrypoints; more instances are made on
   * demand. An evaluation running longer than {@code budget} is interrupted (Chicory checks for it)
   * and fails with code budget_exceeded; null means no limit.
   */
  public static WasmPolicyEngine of(WasmBundle bundle, int poolSize, Execution execution, Duration budget)
      throws PolicyException {
    Map<String, ModulePool> byEntrypoint = new LinkedHashMap<>();
    List<ModulePool> pools = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> module : bundle.modules().entrySet()) {
        String where = bundle.source() + ":" + module.getKey();
        WasmModuleCheck.verify(module.getValue(), where);
        ModulePool pool = ModulePool.create(module.getValue(), Json.write(bundle.data()), poolSize, execution, where);
        pools.add(pool);
        for (String entrypoint : pool.entrypoints().keySet()) byEntrypoint.putIfAbsent(entrypoint, pool);
      }
    } catch (PolicyException | RuntimeException e) {
      pools.forEach(ModulePool::close);
      throw e;
    }
    return new WasmPolicyEngine(bundle.source(), byEntrypoint, pools, budget);
  }

  @Override
  public String name() { return "wasm"; }

  @Override
  public List<String> entrypoints() { return List.copyOf(byEntrypoint.keySet()); }

  @Override
  public Optional<Value> evaluate(String entrypoint, Value input) throws PolicyException {
    return evaluateJson(entrypoint, Json.write(input));
  }

  /** The input is written as JSON once for all the session's entrypoints (a large document costs to serialize). */
  @Override
  public Session session(Value input) {
    String inputJson = Json.write(input);
    return entrypoint -> evaluateJson(entrypoint, inputJson);
  }

  private Optional<Value> evaluateJson(String entrypoint, String inputJson) throws PolicyException {
    String name = slashPath(entrypoint);
    ModulePool pool = byEntrypoint.get(name);
    if (pool == null) {
      throw new PolicyException("wasm_entrypoint_error", "the bundle has no entrypoint " + name
          + " (it has " + (byEntrypoint.isEmpty() ? "none" : String.join(", ", byEntrypoint.keySet())) + ")", source);
    }
    return resultOf(budget == null ? pool.evaluate(name, inputJson) : withinBudget(pool, name, inputJson), pool.where());
  }

  private String withinBudget(ModulePool pool, String entrypoint, String inputJson) throws PolicyException {
    Future<String> run = evaluators.submit(() -> pool.evaluate(entrypoint, inputJson));
    try {
      return run.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.cancel(true); // interrupts the instance; it is discarded when the interruption surfaces
      throw new PolicyException("budget_exceeded", "evaluating " + entrypoint + " took longer than "
          + budget.toMillis() + " ms", pool.where());
    } catch (InterruptedException e) {
      run.cancel(true);
      Thread.currentThread().interrupt();
      throw new PolicyException("wasm_eval_error", "interrupted while evaluating " + entrypoint, pool.where(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof PolicyException pe) throw pe;
      throw new PolicyException("wasm_eval_error", "evaluating " + entrypoint + " failed: " + e.getCause(), pool.where(), e);
    }
  }

  /** OPA's result set: [] is undefined, otherwise the first binding's "result". */
  static Optional<Value> resultOf(String json, String where) throws PolicyException {
    Value parsed;
    try {
      parsed = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new PolicyException("wasm_eval_error", "the module returned invalid JSON: " + e.getMessage(), where);
    }
    if (!(parsed instanceof ArrayValue results)) {
      throw new PolicyException("wasm_eval_error", "the module returned " + parsed.typeName() + " instead of a result set", where);
    }
    if (results.size() == 0) return Optional.empty();
    if (results.get(0) instanceof ObjectValue first && first.get("result") != null) return Optional.of(first.get("result"));
    return Optional.empty();
  }

  /** "data.a.b" and "a.b" become "a/b"; slash paths are kept. */
  static String slashPath(String entrypoint) {
    String e = entrypoint.trim();
    if (e.contains("/")) return e.startsWith("/") ? e.substring(1) : e;
    if (e.startsWith("data.")) e = e.substring(5);
    return e.replace('.', '/');
  }

  @Override
  public void close() {
    if (evaluators != null) evaluators.shutdownNow();
    pools.forEach(ModulePool::close);
  }

  /** The instances of one module. */
  static final class ModulePool implements AutoCloseable {
    private final PolicyInstancePool pool;
    private final Map<String, Integer> entrypoints;
    private final String where;

    private ModulePool(PolicyInstancePool pool, Map<String, Integer> entrypoints, String where) {
      this.pool = pool;
      this.entrypoints = entrypoints;
      this.where = where;
    }

    static ModulePool create(byte[] wasm, String dataJson, int size, Execution execution, String where)
        throws PolicyException {
      OpaPolicy first = instantiate(wasm, dataJson, execution, where);
      HostBuiltins.verify(wasm, where);
      Map<String, Integer> entrypoints = Collections.unmodifiableMap(new LinkedHashMap<>(first.entrypoints()));
      PolicyInstancePool pool = new PolicyInstancePool(() -> instantiate(wasm, dataJson, execution, where), size, first);
      return new ModulePool(pool, entrypoints, where);
    }

    private static OpaPolicy instantiate(byte[] wasm, String dataJson, Execution execution, String where)
        throws PolicyException {
      try {
        OpaPolicy.Builder builder = OpaPolicy.builder().withPolicy(wasm);
        if (execution == Execution.INTERPRETED) builder.disableCompiler();
        return builder.build().data(dataJson);
      } catch (OpaAbortException e) {
        throw new PolicyException("wasm_abort", "the module aborted while loading: " + e.getMessage(), where, e);
      } catch (RuntimeException e) {
        throw new PolicyException("wasm_load_error", "cannot instantiate the module: " + e.getMessage(), where, e);
      }
    }

    Map<String, Integer> entrypoints() { return entrypoints; }

    String where() { return where; }

    String evaluate(String entrypoint, String inputJson) throws PolicyException {
      OpaPolicy policy;
      try {
        policy = pool.borrow();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PolicyException("wasm_eval_error", "interrupted while waiting for a policy instance", where, e);
      }
      try {
        String out = policy.entrypoint(entrypoints.get(entrypoint)).input(inputJson).evaluate();
        pool.giveBack(policy);
        return out;
      } catch (RuntimeException e) {
        // an instance that trapped or aborted may hold a corrupt heap: never lend it again
        pool.discard();
        OpaAbortException abort = abortCause(e);
        if (abort != null) {
          throw new PolicyException("wasm_abort", "the policy aborted evaluating " + entrypoint + ": " + abort.getMessage(),
              where, e);
        }
        throw new PolicyException("wasm_eval_error", "evaluating " + entrypoint + " failed: " + e.getMessage(), where, e);
      }
    }

    private static OpaAbortException abortCause(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof OpaAbortException abort) return abort;
      }
      return null;
    }

    @Override
    public void close() {
      pool.close();
    }
  }
}
