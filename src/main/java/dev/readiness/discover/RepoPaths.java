package dev.readiness.discover;

import java.util.ArrayDeque;
import java.util.Deque;

/** Repo-relative path arithmetic (forward slashes, "." for the root, no escaping above the root). */
public final class RepoPaths {
  private RepoPaths() {}

  /** Normalizes "a/./b/../c" to "a/c"; null when the path climbs above the root or is absolute. */
  public static String normalize(String path) {
    if (path == null) return null;
    String p = path.replace('\\', '/');
    if (p.startsWith("/")) return null;
    Deque<String> parts = new ArrayDeque<>();
    for (String s : p.split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    return parts.isEmpty() ? "." : String.join("/", parts);
  }

  /** The directory of a repo-relative file ("." at the root). */
  public static String dir(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "." : file.substring(0, slash);
  }

  /** Joins a repo-relative dir and a relative path, normalized; null when it escapes the root or is absolute. */
  public static String join(String dir, String rel) {
    if (rel.startsWith("/")) return null;
    return normalize(dir.equals(".") ? rel : dir + "/" + rel);
  }
}
