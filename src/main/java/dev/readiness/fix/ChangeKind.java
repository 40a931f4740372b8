package dev.readiness.fix;

/** Whether a change creates a new file or modifies an existing one. */
public enum ChangeKind {
  CREATE, MODIFY;

  /** Lower-case name as printed in plans. */
  public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
