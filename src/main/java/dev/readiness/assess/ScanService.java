package dev.readiness.assess;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckSelection;
import dev.readiness.config.AppliedResults;
import dev.readiness.config.ConfigApplier;
import dev.readiness.config.ConfigLoader;
import dev.readiness.config.InlineSuppressions;
import dev.readiness.config.ReadinessConfig;
import dev.readiness.input.InputDocument;
import dev.readiness.input.InputDocuments;
import dev.readiness.model.Diagnostic;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import dev.readiness.usage.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scan as one application service, used by {@code scan}, {@code fix} and {@code inspect}:
 * the configuration, discovery and scanners (the input document), the checks, the configuration
 * applied to their results (suppressions, overrides, selection) and the score. Commands parse their
 * arguments, call these stages and print; reports, baselines and the gate stay with {@code scan}.
 */
public final class ScanService {
  /** The configuration file read from the scanned directory when none is named. */
  public static final String CONFIG_FILE = ".readiness.yml";

  private final ScanBackend backend;

  public ScanService(ScanBackend backend) {
    this.backend = backend;
  }

  /** The production service: the scan pipeline and the check runner. */
  public static ScanService standard() {
    return new ScanService(new DefaultScanBackend());
  }

  /** The directory to scan as given on the command line; a missing path or a file is a usage error. */
  public static Path directory(String given) {
    if (given.isEmpty()) {
      // scan "" is usually an unset shell variable: a usage error, not the current directory Path.of("") would be.
      throw new UsageException("PATH is empty: name a directory, or leave PATH out for the current directory");
    }
    Path root = Path.of(given);
    if (!Files.exists(root)) throw new UsageException("path not found: " + given);
    if (!Files.isDirectory(root)) throw new UsageException("not a directory: " + given);
    return root;
  }

  /** The named configuration file (which must exist), or ROOT/.readiness.yml when present (defaults otherwise). */
  public static ReadinessConfig config(Path root, Path named) {
    return named != null ? ConfigLoader.load(named, true) : ConfigLoader.load(root.resolve(CONFIG_FILE), false);
  }

  /** The configuration's excludes followed by the given ones. */
  public static List<String> excludes(ReadinessConfig config, List<String> more) {
    List<String> all = new ArrayList<>(config.exclude());
    all.addAll(more);
    return List.copyOf(all);
  }

  /**
   * Discovers and scans a repository into the input document.
   *
   * @param exclude every glob to skip (see {@link #excludes})
   * @param docker auto, on or off
   * @param dockerHost engine URI, or null for DOCKER_HOST / the default socket
   */
  public InputDocument document(Path root, List<String> exclude, long sizeCap, String docker, String dockerHost) {
    return backend.document(root, exclude, sizeCap, docker, dockerHost);
  }

  /** Loads the checks (built-in, policy directories, wasm bundles). */
  public ScanBackend.Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles) {
    return backend.load(builtin, policyDirs, bundles);
  }

  /** As {@link #load(boolean, List, List)}, with data documents and Rego v0 for the user's policies. */
  public ScanBackend.Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles, List<Path> data,
                                 boolean v0Compatible) {
    return data.isEmpty() && !v0Compatible ? backend.load(builtin, policyDirs, bundles)
        : backend.load(builtin, policyDirs, bundles, data, v0Compatible);
  }

  /** The IDs of the loaded checks, in catalog order. */
  public static List<String> ids(ScanBackend.Checks checks) {
    return checks.catalog().stream().map(CheckMetadata::id).toList();
  }

  /**
   * Evaluates the checks on the document, applies the configuration and the selection, and scores.
   * The diagnostics are the document's, then the policy engines', then the configuration's.
   */
  public Outcome evaluate(ScanBackend.Checks checks, InputDocument doc, ReadinessConfig config, CheckSelection selection,
                          LocalDate today) {
    ScanBackend.Evaluation evaluation = checks.run(doc);
    AppliedResults applied = new ConfigApplier(config, selection, today)
        .apply(evaluation.results(), new InlineSuppressions(InputDocuments.mapper()).from(doc), ids(checks));
    Scorecard card = new Scorer().score(applied.results());
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (doc.diagnostics() != null) diagnostics.addAll(doc.diagnostics());
    diagnostics.addAll(evaluation.diagnostics());
    diagnostics.addAll(applied.diagnostics());
    return new Outcome(doc, applied.results(), card, diagnostics);
  }

  /**
   * One evaluated scan.
   *
   * @param document the input document the checks saw
   * @param results one per selected check, with the configuration applied
   * @param scorecard per-category and overall scores
   * @param diagnostics unreadable files, policy errors, configuration notes
   */
  public record Outcome(InputDocument document, List<CheckResult> results, Scorecard scorecard, List<Diagnostic> diagnostics) {
    public Outcome {
      results = List.copyOf(results);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
