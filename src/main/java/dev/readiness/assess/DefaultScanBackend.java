package dev.readiness.assess;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckRun;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.RunnerOptions;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.scan.runtime.RuntimeOptions;
import dev.readiness.scan.runtime.RuntimeUnavailableException;
import dev.readiness.usage.UsageException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The production backend: the scan pipeline and the check runner. */
public final class DefaultScanBackend implements ScanBackend {
  @Override
  public InputDocument document(Path root, List<String> exclude, long sizeCap, String docker, String dockerHost) {
    RuntimeOptions runtime;
    try {
      runtime = new RuntimeOptions(docker, dockerHost);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    try {
      return new ScanPipeline(new ScanOptions(root, exclude, sizeCap, runtime)).run();
    } catch (IllegalArgumentException | RuntimeUnavailableException e) {
      throw new UsageException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot read " + root + ": " + e.getCause().getMessage(), e);
    }
  }

  @Override
  public Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles) {
    return load(builtin, policyDirs, bundles, List.of(), false);
  }

  @Override
  public Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles, List<Path> data, boolean v0Compatible) {
    CheckRunner runner = CheckRunner.create(new RunnerOptions(builtin, policyDirs, bundles, RunnerOptions.DEFAULT_BUDGET,
        data, v0Compatible));
    return new Checks() {
      @Override
      public List<CheckMetadata> catalog() { return runner.catalog().all(); }

      @Override
      public Evaluation run(InputDocument document) {
        CheckRun run = runner.run(document);
        return new Evaluation(run.results(), run.diagnostics());
      }

      @Override
      public void close() { runner.close(); }
    };
  }
}
