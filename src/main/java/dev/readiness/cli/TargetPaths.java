package dev.readiness.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The PATH argument of scan, inspect and fix: an existing directory, checked the same way by each. */
final class TargetPaths {
  private TargetPaths() {}

  /**
   * The directory named on the command line. An empty argument ({@code scan ""}, often an unset shell
   * variable) is a usage error rather than the current directory, which {@code Path.of("")} would be.
   */
  static Path directory(String raw) {
    if (raw.isEmpty()) {
      throw new UsageException("PATH is empty: name a directory, or leave PATH out for the current directory");
    }
    Path p = Path.of(raw);
    if (!Files.exists(p)) throw new UsageException("path not found: " + raw);
    if (!Files.isDirectory(p)) throw new UsageException("not a directory: " + raw);
    return p;
  }
}
