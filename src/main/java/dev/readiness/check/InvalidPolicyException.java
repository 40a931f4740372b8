package dev.readiness.check;

/** A policy that cannot be loaded; the message starts with file:line:col. */
public class InvalidPolicyException extends RuntimeException {
  public InvalidPolicyException(String message) { super(message); }

  public InvalidPolicyException(String message, Throwable cause) { super(message, cause); }
}
