package dev.readiness.config;

import java.time.LocalDate;

/**
 * One entry of {@code suppressions:} in .readiness.yml.
 *
 * @param id the check ID it silences
 * @param path glob of the files whose findings it silences, or null for the whole check
 * @param reason why (a suppression without one is reported and not applied)
 * @param expires last day it applies, or null for no expiry
 * @param file the configuration file that declares it
 * @param line 1-based line of the entry
 */
public record ConfiguredSuppression(String id, String path, String reason, LocalDate expires, String file, int line) {
  /** Where it was declared, as file:line. */
  public String source() { return file + ":" + line; }
}
