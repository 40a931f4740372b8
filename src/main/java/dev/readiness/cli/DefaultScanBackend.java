package dev.readiness.cli;

import dev.readiness.model.InputDocument;
import java.nio.file.Path;
import java.util.List;

/** The production backend: the scan pipeline and the check runner. */
final class DefaultScanBackend implements ScanBackend {
  @Override
  public InputDocument document(Path root, List<String> exclude, String docker, String dockerHost) {
    throw new UsageException("the scan pipeline is not part of this build yet");
  }

  @Override
  public Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles) {
    throw new UsageException("the check runner is not part of this build yet");
  }
}
