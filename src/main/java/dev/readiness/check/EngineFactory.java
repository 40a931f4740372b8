package dev.readiness.check;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
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
}
