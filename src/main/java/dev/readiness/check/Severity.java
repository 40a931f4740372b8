package dev.readiness.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Check severity with the scoring weight from the catalog (OpenSSF Scorecard risk weights). */
public enum Severity {
  CRITICAL(10.0), HIGH(7.5), MEDIUM(5.0), LOW(2.5);

  private final double weight;

  Severity(double weight) { this.weight = weight; }

  public double weight() { return weight; }

  @JsonValue
  public String id() { return name().toLowerCase(Locale.ROOT); }

  /** Parses critical|high|medium|low (case-insensitive); throws IllegalArgumentException otherwise. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.id().equalsIgnoreCase(s.trim())) return v;
    }
    throw new IllegalArgumentException("unknown severity '" + s + "' (expected critical, high, medium or low)");
  }

  /** True when this severity is at or above the given one. */
  public boolean atLeast(Severity other) { return ordinal() <= other.ordinal(); }
}
