package dev.readiness.score;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code readiness fix} command advised for failing checks, one spelling everywhere: the scanned
 * path (as the user gave it, shell-quoted when needed) and the check IDs, so the line can be pasted
 * from the directory the scan ran in.
 */
public final class FixAdvice {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:@%+=,~-]+");

  private FixAdvice() {}

  /** {@code readiness fix PATH --only ID[,ID...]}; without a path when {@code path} is null. */
  public static String command(String path, List<String> checkIds) {
    return "readiness fix" + (path == null ? "" : " " + shellWord(path)) + " --only " + String.join(",", checkIds);
  }

  /** {@code readiness fix PATH}: every remediation fix has for the failing checks. */
  public static String all(String path) {
    return "readiness fix " + shellWord(path == null ? "." : path);
  }

  /** A word a POSIX shell reads back as {@code s}: as is when it is plain, else single-quoted. */
  static String shellWord(String s) {
    if (!s.isEmpty() && PLAIN.matcher(s).matches() && !s.startsWith("~")) return s;
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
