package dev.readiness.policy.rego.builtins;

import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache of compiled patterns, one per registry (never static), because policies call
 * {@code regex.match} / {@code glob.match} with the same pattern for every element they iterate over.
 * Thread-safe: one registry may serve concurrent evaluations.
 */
final class PatternCache {
  private static final int CAPACITY = 512;

  private final Map<String, Pattern> entries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The cached pattern for key, compiling (and possibly throwing) on a miss. */
  Pattern get(String key, Function<String, Pattern> compile) {
    synchronized (entries) {
      Pattern p = entries.get(key);
      if (p != null) return p;
    }
    Pattern p = compile.apply(key);
    synchronized (entries) {
      entries.put(key, p);
    }
    return p;
  }
}
