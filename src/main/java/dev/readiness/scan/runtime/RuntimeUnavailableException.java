package dev.readiness.scan.runtime;

/** {@code --docker on} was asked for but no Docker engine answered; the scan command exits 2 with this message. */
public final class RuntimeUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuntimeUnavailableException(String message) {
    super(message);
  }
}
