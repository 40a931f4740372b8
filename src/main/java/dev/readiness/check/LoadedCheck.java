package dev.readiness.check;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One check ready to evaluate: its metadata, the engine holding its package and the rules it defines.
 *
 * @param metadata the check's metadata
 * @param engine the engine its package was compiled into
 * @param packagePath dotted package path, e.g. {@code readiness.checks.security.container_non_root}
 * @param rules names of the rules the package defines (deny, warn, total, ...)
 * @param perFile evaluated once per matching file with that file as input (conftest style)
 * @param fileGlobs for per-file checks, the globs of files it applies to (empty: every file conftest can parse)
 * @param builtin whether it is one of the built-in checks
 */
record LoadedCheck(CheckMetadata metadata, PolicyEngine engine, String packagePath, Set<String> rules,
                   boolean perFile, List<String> fileGlobs, boolean builtin) {

  static boolean isDeny(String rule) {
    return rule.equals("deny") || rule.equals("violation") || rule.startsWith("deny_") || rule.startsWith("violation_");
  }

  static boolean isWarn(String rule) {
    return rule.equals("warn") || rule.startsWith("warn_");
  }

  /**
   * Evaluates the check. {@code session} holds the whole-repository input document and is shared with
   * the other checks compiled into the same engine; per-file checks open their own sessions.
   */
  CheckResult evaluate(PolicyEngine.Session session, ConftestInputs files) throws PolicyException {
    if (perFile) return evaluatePerFile(files);
    Rules r = rules(session);
    List<String> inputErrors = ResultInterpreter.messages(r.get("input_errors"));
    if (!inputErrors.isEmpty()) return ResultInterpreter.error(metadata, "cannot judge: " + String.join("; ", inputErrors));
    Optional<Value> applicable = r.get("applicable");
    if (applicable.isPresent() && applicable.get() instanceof dev.readiness.policy.rego.value.BoolValue b && !b.value()) {
      return ResultInterpreter.interpret(metadata, new ResultInterpreter.RuleValues(applicable, List.of(), List.of(),
          Optional.empty(), Optional.empty()));
    }
    List<Finding> deny = new ArrayList<>();
    List<Finding> warn = new ArrayList<>();
    for (String name : rules) {
      if (isDeny(name)) deny.addAll(ResultInterpreter.findings(r.get(name), null));
      if (isWarn(name)) warn.addAll(ResultInterpreter.findings(r.get(name), null));
    }
    return ResultInterpreter.interpret(metadata, new ResultInterpreter.RuleValues(applicable, deny, warn,
        r.get("total"), r.get("passing")));
  }

  /** The values of the package's rules for one input. */
  @FunctionalInterface
  private interface Rules {
    Optional<Value> get(String name) throws PolicyException;
  }

  // The Rego engine evaluates the whole package once (helpers are computed once for all rules);
  // engines with fixed entrypoints (wasm) are asked rule by rule.
  private Rules rules(PolicyEngine.Session session) throws PolicyException {
    if (!"rego".equals(engine.name())) return name -> rule(name, session);
    Optional<Value> pkg = session.evaluate("data." + packagePath);
    return name -> {
      if (!rules.contains(name) || pkg.isEmpty() || !(pkg.get() instanceof dev.readiness.policy.rego.value.ObjectValue o)) {
        return Optional.empty();
      }
      return Optional.ofNullable(o.get(name));
    };
  }

  private CheckResult evaluatePerFile(ConftestInputs files) throws PolicyException {
    List<String> matching = files.matching(fileGlobs);
    List<Finding> deny = new ArrayList<>();
    List<Finding> warn = new ArrayList<>();
    int judged = 0;
    for (String file : matching) {
      for (Value doc : files.inputs(file)) {
        judged++;
        Rules values = rules(engine.session(doc));
        for (String r : rules) {
          if (isDeny(r)) deny.addAll(ResultInterpreter.findings(values.get(r), file));
          if (isWarn(r)) warn.addAll(ResultInterpreter.findings(values.get(r), file));
        }
      }
    }
    Optional<Value> applicable = Optional.of(dev.readiness.policy.rego.value.BoolValue.of(judged > 0));
    return ResultInterpreter.interpret(metadata, new ResultInterpreter.RuleValues(applicable, deny, warn,
        Optional.empty(), Optional.empty()));
  }

  private Optional<Value> rule(String name, PolicyEngine.Session session) throws PolicyException {
    if (!rules.contains(name)) return Optional.empty();
    return session.evaluate("data." + packagePath + "." + name);
  }
}
