package dev.readiness.policy.rego.value;

/**
 * The hash code of an immutable collection value, computed on first use: arrays, objects and sets
 * are hashed as keys of memoized function calls and rule caches, and a deep hash on every lookup
 * would cost as much as the evaluation it saves.
 */
final class LazyHash {
  private int hash;

  /** The content's hash code, computed once (content must never change). */
  int of(Object content) {
    int h = hash;
    if (h == 0) {
      h = content.hashCode();
      hash = h;
    }
    return h;
  }
}
