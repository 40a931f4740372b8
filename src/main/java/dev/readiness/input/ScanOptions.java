package dev.readiness.input;

import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ScanPipeline} scans and how.
 *
 * @param root the directory to scan
 * @param excludes globs from --exclude and the config's {@code exclude}
 * @param sizeCap files over this many bytes are skipped with a diagnostic
 * @param runtime how to reach a container engine
 */
public record ScanOptions(Path root, List<String> excludes, long sizeCap, RuntimeOptions runtime) {
  public ScanOptions {
    excludes = List.copyOf(excludes);
  }

  /** Defaults: no excludes, 5 MiB cap, no engine. */
  public static ScanOptions of(Path root) {
    return new ScanOptions(root, List.of(), DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off());
  }
}
