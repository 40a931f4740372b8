package dev.readiness.scan;

/**
 * An image reference split the way Docker does: a first path component with a dot or colon (or
 * {@code localhost}) is a registry; {@code :tag} after the last slash; {@code @digest} at the end.
 * Lenient (scanners report what is written; the {@code readiness.parse_image} builtin validates);
 * shared by the Dockerfile and compose scanners.
 */
public record ImageReference(String registry, String repository, String tag, String digest) {

  /** Splits {@code ref}; returns null for blank input. */
  public static ImageReference parse(String ref) {
    if (ref == null || ref.isBlank()) return null;
    String rest = ref.strip();
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String registry = null;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageReference(registry, rest.isEmpty() ? null : rest, empty(tag), empty(digest));
  }

  private static String empty(String s) { return s == null || s.isEmpty() ? null : s; }
}
