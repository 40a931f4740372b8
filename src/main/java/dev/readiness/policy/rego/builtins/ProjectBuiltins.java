package dev.readiness.policy.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * The custom builtins readiness adds to OPA's standard library, all in the {@code readiness.} namespace so they
 * can never collide with a future OPA builtin. Engines that evaluate the built-in checks (and user policies that
 * want these helpers) use {@link #registry()}; conftest-compatible evaluation can keep {@link BuiltinRegistry#standard()}.
 */
public final class ProjectBuiltins {
  private ProjectBuiltins() {}

  /** Every custom builtin; add new families here. */
  public static List<Builtin> all() {
    List<Builtin> out = new ArrayList<>();
    out.addAll(ImageBuiltins.all());
    return out;
  }

  /** The standard library plus the project's custom builtins. */
  public static BuiltinRegistry registry() {
    return BuiltinRegistry.standard().plus(all());
  }
}
