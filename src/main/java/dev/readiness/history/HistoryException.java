package dev.readiness.history;

/** The history could not be opened, written or read; the message names the store (never its password). */
public final class HistoryException extends Exception {
  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
