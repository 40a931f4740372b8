package dev.readiness.discover;

import java.util.regex.Pattern;

/**
 * A gitignore-flavoured glob over repo-relative paths: {@code *} and {@code ?} stay within one path
 * segment, {@code **} spans segments, {@code [..]} is a character class. A pattern without a slash
 * matches a file or directory name at any depth; with a slash it is anchored to its base directory.
 * Used for {@code --exclude}, config excludes and .gitignore rules.
 */
public final class Glob {
  private final String pattern;
  private final Pattern regex;
  private final boolean dirOnly;

  private Glob(String pattern, Pattern regex, boolean dirOnly) {
    this.pattern = pattern;
    this.regex = regex;
    this.dirOnly = dirOnly;
  }

  /** Compiles a pattern; a trailing slash restricts it to directories. */
  public static Glob compile(String pattern) {
    String p = pattern.strip().replace('\\', '/');
    boolean dirOnly = p.endsWith("/") && p.length() > 1;
    if (dirOnly) p = p.substring(0, p.length() - 1);
    boolean anchored = p.startsWith("/") || p.substring(0, Math.max(0, p.length() - 1)).contains("/");
    if (p.startsWith("/")) p = p.substring(1);
    if (p.startsWith("./")) p = p.substring(2);
    String body = toRegex(p);
    String full = anchored ? body : "(?:.*/)?" + body;
    return new Glob(pattern, Pattern.compile(full), dirOnly);
  }

  /** Whether the repo-relative path (forward slashes, no leading slash) matches. */
  public boolean matches(String path, boolean directory) {
    if (dirOnly && !directory) return false;
    return regex.matcher(path).matches();
  }

  /** Whether a directory or anything under it matches ({@code dir/**} excludes the whole dir). */
  public boolean matchesDirectoryTree(String dir) {
    return matches(dir, true) || regex.matcher(dir + "/\u0000").matches();
  }

  public String pattern() { return pattern; }

  private static String toRegex(String glob) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*') {
        boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        if (doubleStar) {
          boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
          boolean followedBySlash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
          boolean atEnd = i + 2 == glob.length();
          if (segmentStart && followedBySlash) {
            out.append("(?:.*/)?");
            i += 3;
            continue;
          }
          if (segmentStart && atEnd) {
            out.append(".*");
            i += 2;
            continue;
          }
          out.append("[^/]*");
          i += 2;
          continue;
        }
        out.append("[^/]*");
      } else if (c == '?') {
        out.append("[^/]");
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 2);
        if (close < 0) {
          out.append("\\[");
        } else {
          String cls = glob.substring(i + 1, close);
          if (cls.startsWith("!")) cls = "^" + cls.substring(1);
          out.append('[').append(cls.replace("\\", "\\\\")).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < glob.length()) {
        out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
        i++;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return out.toString();
  }
}
