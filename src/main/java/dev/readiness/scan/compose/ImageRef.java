package dev.readiness.scan.compose;

/**
 * An image reference split into parts.
 *
 * @param raw as written (after interpolation)
 * @param registry registry host (ghcr.io, localhost:5000), or null for Docker Hub
 * @param repository repository path without registry, tag or digest
 * @param tag the tag, or null
 * @param digest the digest (sha256:...), or null
 */
public record ImageRef(String raw, String registry, String repository, String tag, String digest) {

  /** Parses {@code [registry/]repository[:tag][@digest]}. */
  public static ImageRef parse(String raw) {
    String rest = raw.strip();
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
      // Docker's rule: the first part is a registry when it has a dot or a port, or is localhost.
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0 && rest.indexOf('/', colon) < 0) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageRef(raw, registry, rest, tag == null || tag.isEmpty() ? null : tag, digest == null || digest.isEmpty() ? null : digest);
  }

  /** The last path part of the repository, lower case ("bitnami/postgresql" → "postgresql"). */
  public String baseName() {
    String r = repository.toLowerCase(java.util.Locale.ROOT);
    return r.substring(r.lastIndexOf('/') + 1);
  }
}
