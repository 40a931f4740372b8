package dev.readiness.discover;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one .gitignore file, used when git itself is not available: patterns relative to the
 * file's directory, {@code !} negation, trailing-slash directory patterns, last match wins.
 */
public final class IgnoreRules {
  private record Rule(Glob glob, boolean negated) {}

  private final String baseDir;
  private final List<Rule> rules;

  private IgnoreRules(String baseDir, List<Rule> rules) {
    this.baseDir = baseDir;
    this.rules = rules;
  }

  /**
   * Parses a .gitignore.
   *
   * @param baseDir repo-relative directory holding it ("" for the root)
   */
  public static IgnoreRules parse(String baseDir, String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\r?\n", -1)) {
      String line = stripTrailingSpaces(raw);
      if (line.isEmpty() || line.startsWith("#")) continue;
      boolean negated = false;
      if (line.startsWith("!")) {
        negated = true;
        line = line.substring(1);
      } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
        line = line.substring(1);
      }
      if (line.isEmpty()) continue;
      rules.add(new Rule(Glob.compile(line), negated));
    }
    return new IgnoreRules(baseDir, rules);
  }

  /** The repo-relative directory the rules apply under. */
  public String baseDir() { return baseDir; }

  /**
   * The verdict of these rules for a path: TRUE ignored, FALSE re-included by a negation, null no
   * rule matched.
   */
  public Boolean verdict(String repoPath, boolean directory) {
    String rel;
    if (baseDir.isEmpty()) {
      rel = repoPath;
    } else if (repoPath.startsWith(baseDir + "/")) {
      rel = repoPath.substring(baseDir.length() + 1);
    } else {
      return null;
    }
    Boolean result = null;
    for (Rule r : rules) {
      if (r.glob().matches(rel, directory)) result = !r.negated();
    }
    return result;
  }

  private static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      if (end >= 2 && s.charAt(end - 2) == '\\') break;
      end--;
    }
    String out = s.substring(0, end);
    return out.endsWith("\\ ") ? out.substring(0, out.length() - 2) + " " : out;
  }
}
