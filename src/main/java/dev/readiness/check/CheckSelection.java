package dev.readiness.check;

import dev.readiness.usage.UsageException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --only} / {@code --skip} choice of checks, the same for scan, fix and rules. An entry
 * matches a check ID exactly or, when it names a prefix such as {@code security.container}, every
 * check under it; a category name ({@code security}) also selects the checks of that category whose
 * IDs start otherwise (validation adds their IDs).
 *
 * @param only IDs or prefixes to keep (empty keeps all)
 * @param skip IDs or prefixes to drop
 */
public record CheckSelection(Set<String> only, Set<String> skip) {
  public CheckSelection {
    only = Set.copyOf(only);
    skip = Set.copyOf(skip);
  }

  /** Keeps every check. */
  public static CheckSelection all() { return new CheckSelection(Set.of(), Set.of()); }

  /**
   * The selection of the command line, checked against the loaded checks: blank entries are dropped,
   * the others trimmed; an entry that matches no check is a usage error (exit 2) with the closest IDs,
   * prefixes or categories.
   */
  public static CheckSelection validated(List<String> only, List<String> skip, Collection<CheckMetadata> checks) {
    return new CheckSelection(known("--only", only, checks), known("--skip", skip, checks));
  }

  /** Whether a check with this ID is run and reported. */
  public boolean includes(String id) {
    if (!only.isEmpty() && only.stream().noneMatch(p -> covers(p, id))) return false;
    return skip.stream().noneMatch(p -> covers(p, id));
  }

  private static boolean covers(String pattern, String id) {
    return id.equals(pattern) || id.startsWith(pattern + ".");
  }

  private static Set<String> known(String option, List<String> entries, Collection<CheckMetadata> checks) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : entries) {
      String entry = raw.trim();
      if (entry.isEmpty()) continue;
      List<String> matched = checks.stream()
          .filter(c -> covers(entry, c.id()) || c.category().equals(entry)).map(CheckMetadata::id).toList();
      if (matched.isEmpty()) {
        List<String> close = CheckCatalog.closest(entry, names(checks), 3);
        throw new UsageException(option + ": no check matches '" + entry + "'"
            + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close)) + " (see readiness rules)");
      }
      out.add(entry);
      out.addAll(matched);
    }
    return out;
  }

  /** Every ID, every prefix of one at a dot and every category, sorted. */
  private static Set<String> names(Collection<CheckMetadata> checks) {
    Set<String> out = new TreeSet<>();
    for (CheckMetadata c : checks) {
      String id = c.id();
      out.add(id);
      out.add(c.category());
      for (int dot = id.indexOf('.'); dot > 0; dot = id.indexOf('.', dot + 1)) out.add(id.substring(0, dot));
    }
    return out;
  }
}
