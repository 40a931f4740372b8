package dev.readiness.model;

import java.util.Locale;

/**
 * A container image reference ({@code [registry/]repository[:tag][@digest]}) split the way Docker splits
 * it: the first path component is a registry when it has a dot or a port, is {@code localhost}, or has
 * an upper-case letter; {@code :tag} after the last slash; {@code @digest} at the end. The project's one
 * parser of image references: compose {@code image:}, Dockerfile {@code FROM}, {@code docker://} steps,
 * container images seen at runtime, fix's image tables and the {@code readiness.parse_image} builtin
 * (which validates the parts against the distribution grammar on top).
 *
 * <p>Lenient: scanners report what is written. Unresolved interpolations stay as written and are kept
 * whole ({@code app:${TAG:-1.2}} has the tag {@code ${TAG:-1.2}}; a first component that is only a
 * variable, {@code ${REGISTRY}/app}, is a registry). Absent parts are null (the implied
 * {@code docker.io} registry and {@code latest} tag are not filled in, so "unpinned" stays visible);
 * {@link #canonical()} fills them in for comparison.
 *
 * @param raw as written (stripped)
 * @param registry registry host (ghcr.io, localhost:5000), or null for Docker Hub
 * @param repository repository path without registry, tag or digest ("" when none is written)
 * @param tag the tag, or null
 * @param digest the digest (sha256:...), or null
 */
public record ImageReference(String raw, String registry, String repository, String tag, String digest) {
  private static final String DEFAULT_REGISTRY = "docker.io";

  /** Splits {@code ref}; null for null or blank input. */
  public static ImageReference parse(String ref) {
    if (ref == null || ref.isBlank()) return null;
    String raw = ref.strip();
    String rest = raw;
    String digest = null;
    int at = outside(rest, '@', true);
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String registry = null;
    int slash = outside(rest, '/', true);
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost") || !first.equals(first.toLowerCase(Locale.ROOT))
          || isVariable(first)) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    String tag = null;
    int colon = outside(rest, ':', false);
    if (colon > outside(rest, '/', false)) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageReference(raw, registry, rest, empty(tag), empty(digest));
  }

  /** The last path part of the repository, lower case ({@code bitnami/postgresql} → {@code postgresql}). */
  public String name() {
    String r = repository.toLowerCase(Locale.ROOT);
    return r.substring(r.lastIndexOf('/') + 1);
  }

  /** Whether it names an exact image: a digest is given. */
  public boolean pinned() {
    return digest != null;
  }

  /** Whether a part still holds an unresolved {@code $VAR} / {@code ${VAR}}. */
  public boolean hasVariable() {
    return raw.indexOf('$') >= 0;
  }

  /** The tag's major version ({@code 4.2} → 4, {@code v11-jammy} → 11), or null for no tag, {@code latest}, names and variables. */
  public Integer majorVersion() {
    if (tag == null) return null;
    int k = tag.startsWith("v") || tag.startsWith("V") ? 1 : 0;
    int start = k;
    while (k < tag.length() && k - start < 9 && Character.isDigit(tag.charAt(k))) k++;
    return k == start ? null : Integer.valueOf(tag.substring(start, k));
  }

  /**
   * The reference with Docker's defaults filled in, for comparing two spellings of one image:
   * {@code postgres} and {@code docker.io/library/postgres:latest} are both {@code docker.io/library/postgres:latest}.
   * A digest stands for itself (no tag is added).
   */
  public String canonical() {
    String reg = registry == null || registry.equals("index.docker.io") ? DEFAULT_REGISTRY : registry;
    String repo = reg.equals(DEFAULT_REGISTRY) && repository.indexOf('/') < 0 ? "library/" + repository : repository;
    StringBuilder out = new StringBuilder(reg).append('/').append(repo);
    if (tag != null) out.append(':').append(tag);
    else if (digest == null) out.append(":latest");
    if (digest != null) out.append('@').append(digest);
    return out.toString();
  }

  /** The index of {@code c} outside {@code ${...}}: the first (or last) one, or -1. */
  private static int outside(String s, char c, boolean first) {
    int depth = 0;
    int found = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') { depth++; i++; continue; }
      if (ch == '}' && depth > 0) { depth--; continue; }
      if (depth == 0 && ch == c) {
        if (first) return i;
        found = i;
      }
    }
    return found;
  }

  private static boolean isVariable(String s) {
    return s.matches("\\$(?:\\{[^}]*\\}|[A-Za-z_][A-Za-z0-9_]*)");
  }

  private static String empty(String s) { return s == null || s.isEmpty() ? null : s; }
}
