package dev.readiness.policy;

/** A policy could not be loaded or evaluated; the message is written for a policy author. */
public class PolicyException extends Exception {
  private final String code;
  private final String location;

  public PolicyException(String code, String message, String location) {
    super(location == null ? message : location + ": " + message);
    this.code = code;
    this.location = location;
  }

  public PolicyException(String code, String message, String location, Throwable cause) {
    this(code, message, location);
    initCause(cause);
  }

  /** A machine-readable code, e.g. rego_parse_error, eval_conflict_error, budget_exceeded, wasm_abi_error. */
  public String code() { return code; }

  /** file:line:column of the problem, or null. */
  public String location() { return location; }
}
