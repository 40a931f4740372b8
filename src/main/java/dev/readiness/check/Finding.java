package dev.readiness.check;

/**
 * One failing (or partial) item behind a check result.
 *
 * @param message what is wrong, never containing a secret value
 * @param file repository-relative path with forward slashes, or null for a repository-level finding
 * @param line 1-based line, or null
 * @param resource what the finding is about, e.g. {@code service:backend}, {@code stage:runtime}
 */
public record Finding(String message, String file, Integer line, String resource) {}
