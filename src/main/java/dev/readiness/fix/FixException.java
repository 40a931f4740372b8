package dev.readiness.fix;

/** A fix that must not go ahead (a path outside the root, a file it may not overwrite, a failed write). */
public class FixException extends Exception {
  public FixException(String message) { super(message); }

  public FixException(String message, Throwable cause) { super(message, cause); }
}
