package dev.readiness.policy.rego.builtins;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The builtins an evaluation can call, by name; custom builtins are added with {@link #plus}. */
public final class BuiltinRegistry {
  private final Map<String, Builtin> byName;

  private BuiltinRegistry(Map<String, Builtin> byName) { this.byName = Map.copyOf(byName); }

  /** OPA's standard library as far as this project implements it. */
  public static BuiltinRegistry standard() {
    return new BuiltinRegistry(index(StandardBuiltins.all()));
  }

  /** This registry plus extra (custom) builtins; an extra builtin replaces a standard one of the same name. */
  public BuiltinRegistry plus(Collection<? extends Builtin> extra) {
    Map<String, Builtin> m = new LinkedHashMap<>(byName);
    m.putAll(index(extra));
    return new BuiltinRegistry(m);
  }

  public Optional<Builtin> get(String name) { return Optional.ofNullable(byName.get(name)); }

  public java.util.Set<String> names() { return byName.keySet(); }

  private static Map<String, Builtin> index(Collection<? extends Builtin> builtins) {
    Map<String, Builtin> m = new LinkedHashMap<>();
    for (Builtin b : builtins) m.put(b.name(), b);
    return m;
  }
}
