package dev.readiness.scan.repo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lower-case literal words of a pattern, used as a cheap gate: every alternative of the pattern tables
 * here contains at least one literal word, so text holding none of them cannot match and the (much slower)
 * regex search is skipped.
 */
final class Literals {
  private static final Pattern ESCAPES = Pattern.compile("\\\\[A-Za-z]|\\(\\?[a-z]+\\)|\\(\\?[:=!<]+|\\[[^\\]]*\\]|\\{\\d+(?:,\\d*)?\\}");

  private Literals() {}

  static List<String> of(Pattern pattern) {
    String source = ESCAPES.matcher(pattern.pattern()).replaceAll(" ");
    Set<String> out = new LinkedHashSet<>();
    for (String w : source.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (w.length() >= 2) out.add(w);
    return List.copyOf(out);
  }

  /** Whether {@code lowerText} contains any of the literals. */
  static boolean any(String lowerText, List<String> literals) {
    for (String l : literals) if (lowerText.contains(l)) return true;
    return false;
  }
}
