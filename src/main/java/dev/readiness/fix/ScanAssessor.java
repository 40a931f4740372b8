package dev.readiness.fix;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckRun;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.RunnerOptions;
import dev.readiness.usage.UsageException;
import dev.readiness.config.AppliedResults;
import dev.readiness.config.ConfigApplier;
import dev.readiness.config.ConfigLoader;
import dev.readiness.config.InlineSuppressions;
import dev.readiness.config.ReadinessConfig;
import dev.readiness.config.Selection;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.fix.stack.StackMapper;
import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.scan.runtime.RuntimeOptions;
import dev.readiness.score.Scorer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans a repository the way {@code readiness scan} does (the repository's .readiness.yml, its
 * excludes and suppressions, the built-in checks, the scorer) and maps the facts to the fix's
 * {@link dev.readiness.fix.stack.Stack}. The Docker engine is not consulted: fixes are about files.
 */
public final class ScanAssessor implements Assessment.Assessor, AutoCloseable {
  private final CheckRunner runner;

  public ScanAssessor() {
    this.runner = CheckRunner.create(RunnerOptions.builtinOnly());
  }

  @Override
  public Assessment assess(Path root, List<String> exclude) {
    ReadinessConfig config = ConfigLoader.load(root.resolve(".readiness.yml"), false);
    List<String> excludes = new ArrayList<>(config.exclude());
    excludes.addAll(exclude);
    InputDocument doc;
    try {
      doc = new ScanPipeline(new ScanOptions(root, excludes, DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off())).run();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot read " + root + ": " + e.getCause().getMessage(), e);
    }
    CheckRun run = runner.run(doc);
    List<String> ids = runner.catalog().all().stream().map(CheckMetadata::id).toList();
    AppliedResults applied = new ConfigApplier(config, Selection.all(), LocalDate.now(ZoneOffset.UTC))
        .apply(run.results(), new InlineSuppressions(dev.readiness.input.InputDocuments.mapper()).from(doc), ids);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (doc.diagnostics() != null) diagnostics.addAll(doc.diagnostics());
    diagnostics.addAll(run.diagnostics());
    diagnostics.addAll(applied.diagnostics());
    return new Assessment(StackMapper.from(doc), applied.results(), new Scorer().score(applied.results()), diagnostics);
  }

  @Override
  public void close() {
    runner.close();
  }
}
