package dev.readiness.policy.rego.ast;

/** A position in a Rego source file (1-based line and column). */
public record Location(String file, int line, int column) {
  @Override public String toString() { return file + ":" + line + ":" + column; }

  /** file:line, the form used by test reports and annotations. */
  public String fileLine() { return file + ":" + line; }
}
