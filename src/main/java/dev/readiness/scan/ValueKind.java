package dev.readiness.scan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a configuration value is, reported instead of the value itself so secrets never leave the scan. */
public enum ValueKind {
  /** No value, or only whitespace ({@code KEY=} or {@code KEY} with no {@code =}). */
  EMPTY,
  /** A stand-in meant to be replaced: changeme, your-key-here, xxx, {@code <token>}, TODO, password... */
  PLACEHOLDER,
  /** A reference to another variable: {@code ${VAR}}, {@code $VAR}, or text containing {@code ${VAR}}. */
  REFERENCE,
  BOOLEAN,
  NUMBER,
  /** A URL without an inline password. */
  URL,
  /** A URL with an inline, literal password ({@code scheme://user:pass@host}). */
  URL_WITH_CREDENTIALS,
  /** A real-looking secret: secret-like key name with a literal value, or a high-entropy token. */
  SECRET,
  TEXT;

  /** The id used in the input document (lower case, dashes). */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
