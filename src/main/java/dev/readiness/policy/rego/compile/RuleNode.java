package dev.readiness.policy.rego.compile;

import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node of the rule tree: one path below {@code data}. It holds the rules whose ground head prefix ends
 * here; rules with variables in their head ({@code p[k] := v}, {@code a.b[c].d contains x}) are "dynamic"
 * and build an object below this node.
 */
public final class RuleNode {
  private final List<Value> path;
  private final Map<Value, RuleNode> children = new TreeMap<>();
  final List<Rule> complete = new ArrayList<>();
  final List<Rule> multi = new ArrayList<>();
  final List<Rule> dynamic = new ArrayList<>();
  final List<Rule> functions = new ArrayList<>();
  Rule defaultRule;
  Rule defaultFunction;
  boolean isPackage;

  RuleNode(List<Value> path) { this.path = List.copyOf(path); }

  public List<Value> path() { return path; }
  public Map<Value, RuleNode> children() { return children; }
  public List<Rule> complete() { return complete; }
  public List<Rule> multi() { return multi; }
  public List<Rule> dynamic() { return dynamic; }
  public List<Rule> functions() { return functions; }
  public Rule defaultRule() { return defaultRule; }
  public Rule defaultFunction() { return defaultFunction; }

  /** True when rules here produce this node's value directly. */
  public boolean hasValueRules() {
    return !complete.isEmpty() || defaultRule != null || !multi.isEmpty() || !dynamic.isEmpty();
  }

  public boolean isFunction() { return !functions.isEmpty() || defaultFunction != null; }

  /** True when this node is part of the data document: everything except pure function leaves. */
  public boolean hasValues() {
    return isPackage || hasValueRules() || !isFunction() || !children.isEmpty();
  }

  RuleNode child(Value key) {
    return children.computeIfAbsent(key, k -> {
      List<Value> p = new ArrayList<>(path);
      p.add(k);
      return new RuleNode(p);
    });
  }

  /** The node at a path below this one, or null. */
  public RuleNode find(List<Value> sub) {
    RuleNode n = this;
    for (Value v : sub) {
      n = n.children.get(v);
      if (n == null) return null;
    }
    return n;
  }
}
