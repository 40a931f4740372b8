package dev.readiness.fix;

import java.util.List;
import java.util.Objects;

/**
 * One planned file change: the whole text before and after, so it can be shown as a diff, applied
 * atomically and restored.
 *
 * @param path repo-relative path with forward slashes
 * @param kind create or modify
 * @param before current text, or null when the file does not exist
 * @param after new text
 * @param mode POSIX permission bits to set (e.g. 0600), or null to keep/use the default
 * @param reasons why the file changes, each as {@code checkId: reason}
 * @param checkIds the checks the change remediates, in the order they touched it
 * @param display the text shown in diffs instead of {@code after} (secrets masked), or null to show {@code after}
 */
public record FileChange(String path, ChangeKind kind, String before, String after, Integer mode,
                         List<String> reasons, List<String> checkIds, String display) {
  public FileChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(after, "after");
    reasons = List.copyOf(reasons);
    checkIds = List.copyOf(checkIds);
  }

  /** The reasons given by one check (without the check ID prefix). */
  public List<String> reasonsOf(String checkId) {
    String prefix = checkId + ": ";
    return reasons.stream().filter(r -> r.startsWith(prefix)).map(r -> r.substring(prefix.length())).toList();
  }

  /** The text diffs show: {@link #display} when set, so generated secrets never reach the console. */
  public String shown() { return display != null ? display : after; }
}
