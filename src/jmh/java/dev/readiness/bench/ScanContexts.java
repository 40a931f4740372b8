package dev.readiness.bench;

import dev.readiness.discover.Discovery;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.discover.DiscoveryResult;
import dev.readiness.scan.FileScanContext;
import dev.readiness.scan.ScanContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real scan context over a directory (discovery, file kinds, read-once contents), as ScanPipeline builds it. */
final class ScanContexts {
  private ScanContexts() {}

  /**
   * Discovers {@code root}. Diagnostics are dropped: benchmarks call the scanners millions of times
   * and must not accumulate them.
   */
  static ScanContext discover(Path root) {
    try {
      DiscoveryResult found = new Discovery(DiscoveryOptions.of(root), d -> { }).discover();
      return new FileScanContext(found.root(), found.files(), found.contents(), d -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
