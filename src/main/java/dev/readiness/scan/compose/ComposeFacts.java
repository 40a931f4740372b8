package dev.readiness.scan.compose;

import java.util.List;

/**
 * Every compose file and, per project directory, one merged view per file chain (default, production,
 * chains run by scripts and workflows).
 *
 * @param files each compose file on its own
 * @param projects merged projects
 */
public record ComposeFacts(List<ComposeFile> files, List<ComposeProject> projects) {
  public static ComposeFacts empty() { return new ComposeFacts(List.of(), List.of()); }
}
