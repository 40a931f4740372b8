package dev.readiness.cli;

import dev.readiness.discover.Glob;
import dev.readiness.usage.UsageException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --exclude}, one picocli mixin for scan, fix and inspect; the globs are docs/globs.md's. */
public final class ExcludeOptions {
  @Option(names = "--exclude", split = ",", paramLabel = "GLOB",
      description = "Paths to leave out (gitignore-style globs relative to PATH, see docs/globs.md), in addition to "
          + ".readiness.yml's exclude: repeatable or comma-separated.")
  List<String> exclude = new ArrayList<>();

  /** The globs as given, trimmed, blank ones dropped; an invalid one is a usage error (exit 2) as in .readiness.yml. */
  List<String> globs() {
    List<String> out = new ArrayList<>();
    for (String raw : exclude) {
      String g = raw.trim();
      if (g.isEmpty()) continue;
      String problem = Glob.problem(g);
      if (problem != null) throw new UsageException("--exclude: invalid glob '" + g + "': " + problem);
      out.add(g);
    }
    return List.copyOf(out);
  }
}
