package dev.readiness.scan.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compose model between YAML and facts: mappings, sequences and scalars that remember the file
 * and line they came from (so merged views still point at the right file) and, for scalars, the
 * text as written before interpolation.
 */
sealed interface Tree permits Tree.Map, Tree.Seq, Tree.Scalar {
  String file();

  int line();

  /** A mapping; {@code keyLines} holds the line of each key. */
  record Map(java.util.Map<String, Tree> entries, java.util.Map<String, Integer> keyLines, String file, int line) implements Tree {
    static Map empty(String file, int line) { return new Map(new LinkedHashMap<>(), new LinkedHashMap<>(), file, line); }

    Tree get(String key) { return entries.get(key); }

    int keyLine(String key) { return keyLines.getOrDefault(key, line); }

    void put(String key, Tree value, int keyLine) {
      entries.put(key, value);
      keyLines.put(key, keyLine);
    }

    Map copy() {
      java.util.Map<String, Tree> e = new LinkedHashMap<>();
      entries.forEach((k, v) -> e.put(k, Tree.copy(v)));
      return new Map(e, new LinkedHashMap<>(keyLines), file, line);
    }
  }

  /** A sequence. */
  record Seq(List<Tree> items, String file, int line) implements Tree {
    Seq copy() {
      List<Tree> out = new ArrayList<>();
      for (Tree t : items) out.add(Tree.copy(t));
      return new Seq(out, file, line);
    }
  }

  /**
   * A scalar.
   *
   * @param value after interpolation ({@code null} for YAML null)
   * @param raw as written
   */
  record Scalar(String value, String raw, String file, int line) implements Tree {}

  static Tree copy(Tree t) {
    if (t instanceof Map m) return m.copy();
    if (t instanceof Seq s) return s.copy();
    return t;
  }

  /** The interpolated text of a scalar, or null. */
  static String text(Tree t) {
    return t instanceof Scalar s ? s.value() : null;
  }

  /** A mapping's entries, whatever the tree (empty for non-maps). */
  static java.util.Map<String, Tree> entries(Tree t) {
    return t instanceof Map m ? m.entries() : java.util.Map.of();
  }

  /** A sequence's items; a scalar counts as a one-item list; null as empty. */
  static List<Tree> items(Tree t) {
    if (t instanceof Seq s) return s.items();
    if (t == null) return List.of();
    if (t instanceof Scalar sc && sc.value() == null) return List.of();
    return List.of(t);
  }

  /** Whether a scalar is a YAML/compose true. */
  static boolean truthy(Tree t) {
    String v = text(t);
    return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on"));
  }
}
