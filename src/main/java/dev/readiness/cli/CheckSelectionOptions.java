package dev.readiness.cli;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckSelection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --only} / {@code --skip}, one picocli mixin for scan, fix and rules; validated by {@link CheckSelection}. */
public final class CheckSelectionOptions {
  @Option(names = "--only", split = ",", paramLabel = "ID",
      description = "Only these checks: IDs or prefixes such as security or security.container (repeatable or comma-separated).")
  List<String> only = new ArrayList<>();

  @Option(names = "--skip", split = ",", paramLabel = "ID", description = "Leave out these checks (IDs or prefixes).")
  List<String> skip = new ArrayList<>();

  /** The entries as given (validated later, against the loaded checks). */
  List<String> only() { return List.copyOf(only); }

  List<String> skip() { return List.copyOf(skip); }

  /** The selection, checked against the loaded checks (exit 2 with "did you mean" for an unknown one). */
  CheckSelection validated(Collection<CheckMetadata> checks) {
    return CheckSelection.validated(only, skip, checks);
  }
}
