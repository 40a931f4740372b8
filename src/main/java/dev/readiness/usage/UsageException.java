package dev.readiness.usage;

/** A usage or input error (bad flag value, missing path, invalid config or policy): exit code 2. */
public class UsageException extends RuntimeException {
  public UsageException(String message) { super(message); }

  public UsageException(String message, Throwable cause) { super(message, cause); }
}
