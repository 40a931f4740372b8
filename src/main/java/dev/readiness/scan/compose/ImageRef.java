package dev.readiness.scan.compose;

import dev.readiness.scan.ImageReference;

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

  /** Parses {@code [registry/]repository[:tag][@digest]} (not blank) the way Docker splits it. */
  public static ImageRef parse(String raw) {
    ImageReference r = ImageReference.parse(raw);
    return new ImageRef(raw, r.registry(), r.repository() == null ? "" : r.repository(), r.tag(), r.digest());
  }

  /** The last path part of the repository, lower case ("bitnami/postgresql" → "postgresql"). */
  public String baseName() {
    String r = repository.toLowerCase(java.util.Locale.ROOT);
    return r.substring(r.lastIndexOf('/') + 1);
  }
}
