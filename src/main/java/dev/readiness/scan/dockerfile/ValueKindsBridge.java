package dev.readiness.scan.dockerfile;

/** Where the scanners get the shared value-kind classifier from (the env scanner's, once it is on main). */
final class ValueKindsBridge {
  // Interim until the env scanner's ValueKinds lands: the kind is reported as unknown rather than guessed.
  static final ValueKindClassifier DEFAULT = (key, value) -> null;

  private ValueKindsBridge() {}
}
