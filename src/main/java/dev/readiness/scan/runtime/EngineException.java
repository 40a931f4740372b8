package dev.readiness.scan.runtime;

/** The engine could not be reached or did not speak the Docker Engine API; the message is one line for users. */
final class EngineException extends Exception {
  private static final long serialVersionUID = 1L;

  EngineException(String message) {
    super(message);
  }
}
