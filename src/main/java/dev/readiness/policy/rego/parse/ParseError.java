package dev.readiness.policy.rego.parse;

import dev.readiness.policy.rego.ast.Location;

/** A syntax error at a source location. */
public final class ParseError extends Exception {
  private final Location location;

  public ParseError(String message, Location location) {
    super(message);
    this.location = location;
  }

  public Location location() { return location; }
}
