package dev.readiness.assess;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocument;
import dev.readiness.usage.UsageException;
import java.nio.file.Path;
import java.util.List;

/**
 * The two stages {@code scan} drives but does not implement: building the input document (discovery
 * and scanners) and evaluating the checks (policy engines). {@link DefaultScanBackend} wires the real
 * ones; tests substitute their own.
 */
public interface ScanBackend {
  /**
   * Discovers and scans a repository.
   *
   * @param root the repository root (an existing directory)
   * @param exclude globs of paths to skip
   * @param sizeCap files larger than this many bytes are skipped with a diagnostic
   * @param docker auto, on or off
   * @param dockerHost engine URI, or null for DOCKER_HOST / the default socket
   */
  InputDocument document(Path root, List<String> exclude, long sizeCap, String docker, String dockerHost);

  /** Loads the checks; an invalid user policy or bundle is a {@link UsageException}. */
  Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles);

  /**
   * As {@link #load(boolean, List, List)} with data documents for the user policies and, when {@code v0Compatible},
   * the user policies parsed as Rego v0. Backends without policy options refuse them.
   */
  default Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles, List<Path> data, boolean v0Compatible) {
    if (!data.isEmpty() || v0Compatible) throw new UsageException("--data and --v0-compatible are not supported here");
    return load(builtin, policyDirs, bundles);
  }

  /** Loaded checks, ready to evaluate. */
  interface Checks extends AutoCloseable {
    /** The catalog of loaded checks. */
    List<CheckMetadata> catalog();

    /** Evaluates every check on the document. */
    Evaluation run(InputDocument document);

    @Override
    void close();
  }

  /**
   * Results of evaluating the checks.
   *
   * @param results one per loaded check
   * @param diagnostics policy errors met on the way
   */
  record Evaluation(List<CheckResult> results, List<Diagnostic> diagnostics) {}
}
