package dev.readiness.scan.repo;

import dev.readiness.scan.dockerfile.ValueKindClassifier;

/** The value-kind classifier the repo scanner uses for secret-looking assignments (the env scanner's, once on main). */
final class SharedValueKinds {
  // Interim until the env scanner's ValueKinds lands: no value counts as a real secret, so nothing is reported by guesswork.
  static final ValueKindClassifier CLASSIFIER = (key, value) -> null;

  private SharedValueKinds() {}
}
