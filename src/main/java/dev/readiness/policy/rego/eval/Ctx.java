package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.compile.RuleNode;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation context that {@code with} modifiers replace: input, data overrides, function mocks,
 * and the caches of virtual document values and function results computed under exactly these overrides.
 */
final class Ctx {
  /** A {@code with data.x as v} replacement. */
  record DataOverride(List<Value> path, Value value) {}

  /** The input document, null when undefined. */
  Value input;
  final List<DataOverride> overrides;
  /** Mocked function name to a Value (constant result) or a String (replacement function name). */
  final Map<String, Object> mocks;
  final IdentityHashMap<RuleNode, Optional<Value>> cache = new IdentityHashMap<>();
  /** Results of user-defined function calls by function and arguments (functions are pure under one context). */
  final HashMap<FunctionCall, Optional<Value>> calls = new HashMap<>();

  /** A call of a user-defined function with ground arguments. */
  record FunctionCall(String name, List<Value> args) {}

  Ctx(Value input, List<DataOverride> overrides, Map<String, Object> mocks) {
    this.input = input;
    this.overrides = overrides;
    this.mocks = mocks;
  }

  /** The same input and data overrides without function mocks (and a fresh cache). */
  Ctx withoutMocks() { return new Ctx(input, overrides, new HashMap<>()); }

  Ctx copyForWith() { return new Ctx(input, new ArrayList<>(overrides), new HashMap<>(mocks)); }

  Value effectiveInput() { return input; }

  Value overrideAt(List<Value> path) {
    for (int i = overrides.size() - 1; i >= 0; i--) {
      if (overrides.get(i).path().equals(path)) return overrides.get(i).value();
    }
    return null;
  }

  boolean hasOverrideBelow(List<Value> path) {
    for (DataOverride o : overrides) {
      if (o.path().size() >= path.size() && o.path().subList(0, path.size()).equals(path)) return true;
    }
    return false;
  }
}
