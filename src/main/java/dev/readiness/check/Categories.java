package dev.readiness.check;

import java.util.List;

/** The check categories: the one list the METADATA reader, the config, the scorer, rules and the reports use. */
public final class Categories {
  /** The scored categories, in report order. */
  public static final List<String> SCORED = List.of("infrastructure", "automation", "security", "monitoring", "documentation");
  /** Custom (conftest-style) checks without a declared category: reported, never scored. */
  public static final String CUSTOM = "custom";

  private Categories() {}

  /** A category's position in report order; other categories come after the scored ones. */
  public static int rank(String category) {
    int i = SCORED.indexOf(category);
    return i < 0 ? SCORED.size() : i;
  }
}
