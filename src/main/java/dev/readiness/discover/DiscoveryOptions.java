package dev.readiness.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * What to walk and what to leave out.
 *
 * @param root the directory to scan
 * @param excludes globs (gitignore flavour, relative to root) from --exclude and the config
 * @param sizeCap files larger than this many bytes are skipped with a diagnostic
 */
public record DiscoveryOptions(Path root, List<String> excludes, long sizeCap) {
  /** 5 MiB: far above any real config file, small enough to keep memory bounded. */
  public static final long DEFAULT_SIZE_CAP = 5L * 1024 * 1024;

  public DiscoveryOptions {
    excludes = List.copyOf(excludes);
  }

  public static DiscoveryOptions of(Path root) { return new DiscoveryOptions(root, List.of(), DEFAULT_SIZE_CAP); }
}
