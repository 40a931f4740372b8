package dev.readiness.policy.rego;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.ast.Annotation;
import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.builtins.BuiltinContext;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.builtins.PrintHook;
import dev.readiness.policy.rego.compile.CompiledPolicy;
import dev.readiness.policy.rego.compile.Compiler;
import dev.readiness.policy.rego.compile.RegoError;
import dev.readiness.policy.rego.compile.Vars;
import dev.readiness.policy.rego.eval.Budget;
import dev.readiness.policy.rego.eval.Evaluator;
import dev.readiness.policy.rego.parse.ParseError;
import dev.readiness.policy.rego.parse.Parser;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The pure-Java Rego interpreter behind {@link PolicyEngine}: parse, compile once, evaluate many times. */
public final class RegoPolicyEngine implements PolicyEngine {
  /** Default wall-clock limit of one evaluation. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** Default step limit of one evaluation. */
  public static final long DEFAULT_MAX_STEPS = 50_000_000L;
  private static final long EVAL_STACK_BYTES = Long.getLong("readiness.rego.stackBytes", 256L * 1024 * 1024);
  /** Deep-stack daemon threads for evaluations; one per concurrent evaluation, idle ones end after a while. */
  private static final ExecutorService EVALUATORS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(null, r, "rego-eval", EVAL_STACK_BYTES);
        t.setDaemon(true);
        return t;
      });

  private final CompiledPolicy policy;
  private final BuiltinRegistry builtins;
  private final Value data;
  private final Duration timeout;
  private final long maxSteps;
  private final PrintHook printHook;
  private final Map<String, String> env;
  private final boolean strictBuiltinErrors;
  private final Supplier<Instant> clock;
  /** The entrypoints, computed on first use (the check loader asks once per check). */
  private volatile List<String> entrypoints;

  private RegoPolicyEngine(Builder b, CompiledPolicy policy) {
    this.policy = policy;
    this.builtins = b.builtins;
    this.data = b.data;
    this.timeout = b.timeout;
    this.maxSteps = b.maxSteps;
    this.printHook = b.printHook;
    this.env = Map.copyOf(b.env);
    this.strictBuiltinErrors = b.strictBuiltinErrors;
    this.clock = b.clock;
  }

  public static Builder builder() { return new Builder(); }

  /** Builder of an engine; {@link #build()} parses and compiles all modules. */
  public static final class Builder {
    private final List<String[]> modules = new ArrayList<>();
    private Value data = ObjectValue.EMPTY;
    private BuiltinRegistry builtins = BuiltinRegistry.standard();
    private Duration timeout = DEFAULT_TIMEOUT;
    private long maxSteps = DEFAULT_MAX_STEPS;
    private PrintHook printHook = (location, message) -> { };
    private Map<String, String> env = Map.of();
    private boolean strictBuiltinErrors;
    private Supplier<Instant> clock = Instant::now;
    private boolean v0Compatible;

    private Builder() {}

    /** Parses the modules as Rego v0 (OPA 1.x's --v0-compatible): {@code deny[msg] { ... }} and opt-in keywords. */
    public Builder v0Compatible(boolean v0) {
      this.v0Compatible = v0;
      return this;
    }

    /** Adds a module (file name is used in error locations). */
    public Builder module(String fileName, String source) {
      modules.add(new String[] {fileName, source, null});
      return this;
    }

    /** Adds a module written in Rego v0 ({@code v0}) or v1, whatever the builder's default. */
    public Builder module(String fileName, String source, boolean v0) {
      modules.add(new String[] {fileName, source, v0 ? "v0" : "v1"});
      return this;
    }

    /** The base data document (an object). */
    public Builder data(Value data) {
      this.data = data == null ? ObjectValue.EMPTY : data;
      return this;
    }

    public Builder builtins(BuiltinRegistry builtins) {
      this.builtins = builtins;
      return this;
    }

    /** Limits of each evaluation: wall-clock time and evaluation steps. */
    public Builder budget(Duration timeout, long maxSteps) {
      this.timeout = timeout;
      this.maxSteps = maxSteps;
      return this;
    }

    /** Where {@code print} output goes (discarded by default). */
    public Builder printSink(Consumer<String> sink) {
      this.printHook = PrintHook.messages(sink);
      return this;
    }

    /** Where {@code print} output goes, with each call's {@code file:line}. */
    public Builder printHook(PrintHook hook) {
      this.printHook = hook;
      return this;
    }

    /** Environment visible to {@code opa.runtime} (empty by default: policies do not see the host env). */
    public Builder env(Map<String, String> env) {
      this.env = env;
      return this;
    }

    /** When true a builtin error aborts evaluation instead of making the expression undefined. */
    public Builder strictBuiltinErrors(boolean strict) {
      this.strictBuiltinErrors = strict;
      return this;
    }

    /** The clock behind {@code time.now_ns} (fixed per evaluation). */
    public Builder clock(Supplier<Instant> clock) {
      this.clock = clock;
      return this;
    }

    /**
     * An engine with this builder's settings over a policy compiled before (a stored compiled form,
     * {@link dev.readiness.policy.rego.compile.CompiledForm}); the builder's modules are not used.
     */
    public RegoPolicyEngine build(CompiledPolicy compiled) {
      return new RegoPolicyEngine(this, compiled);
    }

    /** Parses and compiles; throws rego_parse_error, rego_compile_error, rego_type_error, ... */
    public RegoPolicyEngine build() throws PolicyException {
      List<Module> parsed = new ArrayList<>();
      for (String[] m : modules) parsed.add(parse(m[0], m[1], m[2] == null ? v0Compatible : m[2].equals("v0")));
      try {
        CompiledPolicy p = new Compiler(builtins).compile(parsed);
        return new RegoPolicyEngine(this, p);
      } catch (RegoError e) {
        throw e.toPolicyException();
      }
    }
  }

  /** Parses one module, mapping syntax errors to rego_parse_error with file:line:column. */
  public static Module parse(String fileName, String source) throws PolicyException {
    return parse(fileName, source, false);
  }

  /** Parses one module in Rego v1 or, with {@code v0}, in Rego v0 syntax. */
  public static Module parse(String fileName, String source, boolean v0) throws PolicyException {
    try {
      return Parser.parseModule(fileName, source, v0);
    } catch (ParseError e) {
      throw new PolicyException("rego_parse_error", "rego_parse_error: " + e.getMessage(), e.location().toString(), e);
    }
  }

  /** Parses a ground Rego term such as {@code {"a": {1, 2}}} (sets allowed) into a value. */
  public static Value parseValue(String termText) throws PolicyException {
    try {
      return groundValue(Parser.parseTerm(termText));
    } catch (ParseError e) {
      throw new PolicyException("rego_parse_error", "rego_parse_error: " + e.getMessage(), e.location().toString(), e);
    }
  }

  private static Value groundValue(Term t) throws PolicyException {
    if (t instanceof Term.Scalar s) return s.value();
    if (t instanceof Term.Arr a) {
      List<Value> out = new ArrayList<>();
      for (Term x : a.items()) out.add(groundValue(x));
      return new dev.readiness.policy.rego.value.ArrayValue(out);
    }
    if (t instanceof Term.SetTerm st) {
      List<Value> out = new ArrayList<>();
      for (Term x : st.items()) out.add(groundValue(x));
      return dev.readiness.policy.rego.value.SetValue.of(out);
    }
    if (t instanceof Term.Obj o) {
      java.util.TreeMap<Value, Value> m = new java.util.TreeMap<>();
      for (Term.Pair p : o.entries()) m.put(groundValue(p.key()), groundValue(p.value()));
      return ObjectValue.of(m);
    }
    throw new PolicyException("rego_type_error", "rego_type_error: expected a ground value", t.loc().toString());
  }

  @Override
  public String name() { return "rego"; }

  @Override
  public List<String> entrypoints() {
    List<String> known = entrypoints;
    if (known == null) entrypoints = known = listEntrypoints();
    return known;
  }

  private List<String> listEntrypoints() {
    Set<String> out = new TreeSet<>();
    for (Module m : policy.modules()) {
      for (Rule r : m.rules()) {
        if (r.kind() == Rule.Kind.FUNCTION) continue;
        List<String> path = groundPath(r);
        out.add(String.join("/", path));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> groundPath(Rule r) {
    List<String> path = new ArrayList<>();
    for (Term t : r.ref()) {
      if (t instanceof Term.Scalar s && s.value() instanceof StringValue sv) {
        path.add(sv.value());
      } else {
        break;
      }
    }
    return path;
  }

  @Override
  public Optional<Value> evaluate(String entrypoint, Value input) throws PolicyException {
    return session(input).evaluate(entrypoint);
  }

  /** Rule values computed for one entrypoint are reused by the next ones; each evaluation gets a fresh budget. */
  @Override
  public Session session(Value input) {
    Evaluator ev = evaluator(input, policy.closureLocals());
    return entrypoint -> {
      List<Value> path = documentPath(entrypoint);
      ev.resetBudget(new Budget(timeout, maxSteps));
      return Optional.ofNullable(runGuarded(() -> ev.document(path)));
    };
  }

  /** One definition (0-based, in module order) of a complete rule, evaluated alone (opa test's view of a test rule). */
  public Optional<Value> evaluateDefinition(String entrypoint, int index, Value input) throws PolicyException {
    Evaluator ev = evaluator(input, policy.closureLocals());
    List<Value> path = documentPath(entrypoint);
    return Optional.ofNullable(runGuarded(() -> ev.definition(path, index)));
  }

  private static List<Value> documentPath(String entrypoint) {
    List<Value> path = new ArrayList<>();
    String ep = entrypoint.trim();
    if (ep.equals("data")) ep = "";
    if (ep.startsWith("data.")) ep = ep.substring(5);
    for (String s : ep.split(ep.contains("/") ? "/" : "\\.")) {
      if (!s.isEmpty()) path.add(StringValue.of(s));
    }
    return path;
  }

  /** Evaluates a Rego query and returns the bindings of its variables for every solution. */
  public List<Map<String, Value>> query(String query, Value input) throws PolicyException {
    List<Expr> parsed;
    try {
      parsed = Parser.parseQuery(query);
    } catch (ParseError e) {
      throw new PolicyException("rego_parse_error", "rego_parse_error: " + e.getMessage(), e.location().toString(), e);
    }
    List<Expr> compiled;
    Compiler compiler = new Compiler(builtins);
    try {
      compiled = compiler.compileQuery(parsed, policy);
    } catch (RegoError e) {
      throw e.toPolicyException();
    }
    Set<String> vars = new LinkedHashSet<>();
    for (Expr e : parsed) {
      Vars.forEach(e, n -> {
        if (!n.startsWith("$") && !n.equals("input") && !n.equals("data")) vars.add(n);
      });
    }
    Evaluator ev = evaluator(input, compiler.closureLocals());
    return runGuarded(() -> ev.query(compiled, new ArrayList<>(vars)));
  }

  private Evaluator evaluator(Value input, Map<List<Expr>, Set<String>> closureLocals) {
    Instant now = clock.get();
    BuiltinContext bctx = new BuiltinContext(now.getEpochSecond() * 1_000_000_000L + now.getNano(), printHook, env,
        strictBuiltinErrors);
    return new Evaluator(policy, closureLocals, builtins, bctx, data, input, new Budget(timeout, maxSteps));
  }

  /**
   * Runs an evaluation on a thread with a deep stack so deeply nested policies do not overflow. The
   * threads are pooled: starting one per evaluation cost more than evaluating a small policy.
   */
  private <T> T runGuarded(Supplier<T> work) throws PolicyException {
    Future<T> run = EVALUATORS.submit(work::get);
    try {
      return run.get();
    } catch (InterruptedException e) {
      run.cancel(true);
      Thread.currentThread().interrupt();
      throw new PolicyException("budget_exceeded", "evaluation interrupted", null, e);
    } catch (ExecutionException e) {
      Throwable f = e.getCause();
      if (f instanceof RegoError re) throw re.toPolicyException();
      if (f instanceof StackOverflowError) {
        throw new PolicyException("budget_exceeded", "budget_exceeded: evaluation nested too deeply", null, f);
      }
      if (f instanceof OutOfMemoryError) {
        throw new PolicyException("budget_exceeded", "budget_exceeded: evaluation ran out of memory", null, f);
      }
      throw new PolicyException("eval_internal_error", "internal error: " + f, null, f);
    }
  }

  /** Package paths of the loaded modules, e.g. readiness.checks.security.container_non_root. */
  public List<String> packages() {
    Set<String> out = new TreeSet<>();
    for (Module m : policy.modules()) out.add(String.join(".", m.packagePath()));
    return List.copyOf(out);
  }

  /** Names of the rules (first head segment below the package) defined in a package. */
  public Set<String> ruleNames(String packagePath) {
    String pkg = packagePath.startsWith("data.") ? packagePath.substring(5) : packagePath;
    Set<String> out = new TreeSet<>();
    for (Module m : policy.modules()) {
      if (!String.join(".", m.packagePath()).equals(pkg)) continue;
      for (Rule r : m.rules()) {
        List<String> path = groundPath(r);
        if (path.size() > m.packagePath().size()) out.add(path.get(m.packagePath().size()));
      }
    }
    return out;
  }

  /** All METADATA annotations, package-scoped ones with the package path, rule ones with the rule path. */
  public List<RegoAnnotation> annotations() {
    List<RegoAnnotation> out = new ArrayList<>();
    for (Module m : policy.modules()) {
      String pkg = String.join(".", m.packagePath());
      for (Annotation a : m.packageAnnotations()) out.add(toRecord(a, pkg));
      for (Rule r : m.rules()) {
        for (Annotation a : r.annotations()) out.add(toRecord(a, String.join(".", groundPath(r))));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static RegoAnnotation toRecord(Annotation a, String path) {
    Object custom = a.raw().get("custom");
    Map<String, Object> c = custom instanceof Map<?, ?> cm ? new LinkedHashMap<>((Map<String, Object>) cm) : Map.of();
    Object title = a.raw().get("title");
    Object desc = a.raw().get("description");
    return new RegoAnnotation(a.scope(), path, title == null ? null : String.valueOf(title),
        desc == null ? null : String.valueOf(desc), c, a.raw(), a.loc().fileLine());
  }
}
