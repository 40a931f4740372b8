package dev.readiness.discover;

import java.util.regex.Pattern;

/**
 * The one glob of the product, gitignore style, over repo-relative paths: {@code *} and {@code ?} stay
 * within one path segment, {@code **} spans segments, {@code [..]} is a character class. A pattern
 * without a slash matches a file or directory name at any depth; with a slash it is anchored to its
 * base directory; a trailing slash matches directories only. A matched directory covers everything
 * below it. Used for {@code --exclude}, config {@code exclude:}, suppression {@code path:} and
 * .gitignore rules; docs/globs.md documents the forms (GlobTest tests each one).
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

  /**
   * Compiles a pattern a user wrote (an exclude or a suppression path), rejecting what gitignore would
   * read differently from what the user likely meant: braces ({@code {a,b}} is not alternation in
   * gitignore), a leading {@code !} (negation has no meaning in a list of excludes), an unclosed
   * {@code [}, an empty pattern.
   *
   * @throws IllegalArgumentException naming the pattern and the problem
   */
  public static Glob checked(String pattern) {
    String problem = problem(pattern);
    if (problem != null) throw new IllegalArgumentException("invalid glob '" + pattern + "': " + problem);
    return compile(pattern);
  }

  /** What is wrong with a user's pattern, or null when it is fine. */
  public static String problem(String pattern) {
    String p = pattern == null ? "" : pattern.strip();
    if (p.isEmpty()) return "empty pattern";
    if (p.startsWith("!")) return "negation (!) is not supported here; list only what to leave out";
    if (p.indexOf('{') >= 0 || p.indexOf('}') >= 0) {
      return "braces are not glob syntax here (gitignore style); write one pattern per alternative, e.g. vendor/** and docs/**";
    }
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == '[' && p.indexOf(']', i + 2) < 0) return "unclosed [ at position " + (i + 1);
    }
    return null;
  }

  /** A pattern matching exactly the given repo-relative path (glob characters escaped). */
  public static String literal(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (c == '*' || c == '?' || c == '[') out.append('[').append(c).append(']');
      else out.append(c);
    }
    return out.toString();
  }

  /** Compiles a pattern as git reads a .gitignore line (braces and unclosed brackets are literal). */
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

  /**
   * Whether a file's repo-relative path is matched by the pattern itself or lies under a directory the
   * pattern matches ({@code vendor} and {@code vendor/} both cover {@code vendor/a/b.go}).
   */
  public boolean matchesFile(String path) {
    if (matches(path, false)) return true;
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (matches(path.substring(0, slash), true)) return true;
    }
    return false;
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
          out.append('[').append(cls.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&")).append(']');
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
