package dev.readiness.policy.rego.compile;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.ast.Location;

/** An unchecked compile or evaluation error inside the interpreter; converted to PolicyException at the API. */
public final class RegoError extends RuntimeException {
  private final String code;
  private final Location location;

  public RegoError(String code, String message, Location location) {
    super(message, null, false, false);
    this.code = code;
    this.location = location;
  }

  public String code() { return code; }

  public Location location() { return location; }

  /** The checked exception the public API throws. */
  public PolicyException toPolicyException() {
    // evaluation errors name file:line like OPA does; syntax and compile errors add the column
    String where = location == null ? null : code.startsWith("eval_") ? location.fileLine() : location.toString();
    return new PolicyException(code, code + ": " + getMessage(), where, this);
  }
}
