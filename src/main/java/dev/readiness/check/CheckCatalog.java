package dev.readiness.check;

import dev.readiness.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every loaded check's metadata, by ID, in load order (the source of {@code rules} and {@code explain}). */
public final class CheckCatalog {
  private final Map<String, CheckMetadata> byId;
  private final List<CheckMetadata> ordered;

  public CheckCatalog(List<CheckMetadata> checks) {
    Map<String, CheckMetadata> m = new LinkedHashMap<>();
    for (CheckMetadata c : checks) m.putIfAbsent(c.id(), c);
    this.byId = Map.copyOf(m);
    this.ordered = List.copyOf(m.values());
  }

  /**
   * The built-in checks' metadata, read from the METADATA blocks of the packaged policies without
   * compiling them (what {@code rules}, {@code explain} and the generated docs list).
   */
  public static CheckCatalog builtin() {
    List<CheckMetadata> out = new ArrayList<>();
    for (PolicyModule m : PolicySources.builtin()) {
      ModuleHeader h = BuiltinLibrary.header(m);
      if (h.declaredId() != null) out.add(MetadataReader.strict(h));
    }
    out.sort(Comparator.comparingInt((CheckMetadata c) -> Categories.rank(c.category())).thenComparing(CheckMetadata::id));
    return new CheckCatalog(out);
  }

  /** All checks in load order. */
  public List<CheckMetadata> all() { return ordered; }

  public Optional<CheckMetadata> find(String id) { return Optional.ofNullable(byId.get(id)); }

  /** Checks of one category (case-insensitive). */
  public List<CheckMetadata> inCategory(String category) {
    return ordered.stream().filter(c -> c.category().equalsIgnoreCase(category)).toList();
  }

  /**
   * IDs close to an unknown one, best first: IDs containing it, then by edit distance, so
   * {@code explain non-root} or a typo still leads somewhere.
   */
  public List<String> suggestions(String unknown, int max) {
    return closest(unknown, ordered.stream().map(CheckMetadata::id).toList(), max);
  }

  /**
   * The candidates close to an unknown word, best first: those containing it, then those within a
   * small edit distance (the one "did you mean" of check IDs, selections and config keys).
   */
  public static List<String> closest(String unknown, Collection<String> candidates, int max) {
    String q = unknown.toLowerCase(Locale.ROOT).trim();
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      if (!q.isEmpty() && c.contains(q)) out.add(c);
    }
    candidates.stream()
        .filter(c -> !out.contains(c))
        .filter(c -> EditDistance.between(q, c) <= Math.max(3, q.length() / 3))
        .sorted(Comparator.comparingInt((String c) -> EditDistance.between(q, c)))
        .forEach(out::add);
    return out.size() > max ? out.subList(0, max) : out;
  }
}
