package dev.readiness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the check runner loads and how long one policy may evaluate.
 *
 * @param builtin whether the built-in checks of {@code policies/} are loaded ({@code --no-builtin} turns this off)
 * @param policyDirs extra Rego policy directories ({@code --policy DIR}, repeatable)
 * @param bundles OPA wasm bundles ({@code --bundle FILE}, repeatable)
 * @param budget wall-clock budget of one policy evaluation; exceeding it makes that check {@code error}
 * @param data JSON/YAML data documents (files or directories, {@code -d}) the user policies see under {@code data}
 * @param v0Compatible parse the user policies as Rego v0 ({@code --v0-compatible})
 */
public record RunnerOptions(boolean builtin, List<Path> policyDirs, List<Path> bundles, Duration budget,
                            List<Path> data, boolean v0Compatible) {
  /** Default evaluation budget of one check. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);

  public RunnerOptions {
    policyDirs = List.copyOf(policyDirs);
    bundles = List.copyOf(bundles);
    budget = budget == null ? DEFAULT_BUDGET : budget;
    data = List.copyOf(data);
  }

  /** Without data documents, Rego v1 policies. */
  public RunnerOptions(boolean builtin, List<Path> policyDirs, List<Path> bundles, Duration budget) {
    this(builtin, policyDirs, bundles, budget, List.of(), false);
  }

  /** Only the built-in checks, default budget. */
  public static RunnerOptions builtinOnly() {
    return new RunnerOptions(true, List.of(), List.of(), DEFAULT_BUDGET);
  }
}
