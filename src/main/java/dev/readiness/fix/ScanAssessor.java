package dev.readiness.fix;

import dev.readiness.cli.UsageException;
import java.nio.file.Path;
import java.util.List;

/** Scans a repository for the fix with the scan pipeline, the check runner and the scorer. */
public final class ScanAssessor implements Assessment.Assessor {
  @Override
  public Assessment assess(Path root, List<String> exclude) {
    throw new UsageException("readiness fix needs the scan pipeline, which is not part of this build yet");
  }
}
