package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.value.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Variable bindings of one rule body or closure. A closure frame sees its parent's bindings except for
 * the variables it declares itself ({@code shadow}); new bindings always go into the innermost frame.
 */
final class Frame {
  private final Frame parent;
  private final Set<String> shadow;
  private final Map<String, Value> vars = new HashMap<>();

  Frame(Frame parent, Set<String> shadow) {
    this.parent = parent;
    this.shadow = shadow;
  }

  Value get(String name) {
    Frame f = this;
    while (f != null) {
      Value v = f.vars.get(name);
      if (v != null) return v;
      if (f.shadow.contains(name)) return null;
      f = f.parent;
    }
    return null;
  }

  void bind(String name, Value v) { vars.put(name, v); }

  void unbind(String name) { vars.remove(name); }
}
