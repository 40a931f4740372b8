package dev.readiness.check;

import java.util.Set;

/**
 * The {@code --only} / {@code --skip} choice of checks. An entry matches a check ID exactly or, when it
 * names a prefix such as {@code security} or {@code security.container}, every check under it.
 *
 * @param only IDs or prefixes to keep (empty keeps all)
 * @param skip IDs or prefixes to drop
 */
public record CheckSelection(Set<String> only, Set<String> skip) {
  /** Keeps every check. */
  public static CheckSelection all() { return new CheckSelection(Set.of(), Set.of()); }

  /** Whether a check with this ID is run and reported. */
  public boolean includes(String id) {
    if (!only.isEmpty() && only.stream().noneMatch(p -> covers(p, id))) return false;
    return skip.stream().noneMatch(p -> covers(p, id));
  }

  private static boolean covers(String pattern, String id) {
    return id.equals(pattern) || id.startsWith(pattern + ".");
  }
}
