package dev.readiness.check;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.Value;
import java.time.Duration;
import java.util.List;

/** Compiles Rego modules into one engine; the seam between the check runner and the Rego interpreter. */
@FunctionalInterface
public interface EngineFactory {
  /**
   * @param modules every module of one policy set (checks, their tests excluded, and the lib helpers)
   * @param budget wall-clock budget of one evaluation
   * @throws PolicyException on a parse or compile error, with the module's file:line:col as location
   */
  PolicyEngine compile(List<PolicyModule> modules, Duration budget) throws PolicyException;

  /**
   * As {@link #compile(List, Duration)} for the built-in modules ({@link PolicySources#builtin()}): a
   * factory may take their compiled form stored at build time instead of compiling them.
   */
  default PolicyEngine compileBuiltin(List<PolicyModule> modules, Duration budget) throws PolicyException {
    return compile(modules, budget);
  }

  /**
   * As {@link #compile(List, Duration)} for user policies with a base data document and, when {@code v0}, the
   * modules outside the built-in library parsed as Rego v0. Factories that cannot do either refuse.
   */
  default PolicyEngine compile(List<PolicyModule> modules, Duration budget, Value data, boolean v0) throws PolicyException {
    if (v0 || (data instanceof ObjectValue o && o.size() > 0)) {
      throw new PolicyException("unsupported", "this policy engine takes neither data documents nor Rego v0", null);
    }
    return compile(modules, budget);
  }
}
