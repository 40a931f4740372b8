package dev.readiness.scan.repo;

import dev.readiness.scan.ValueKinds;
import dev.readiness.scan.dockerfile.ValueKindClassifier;

/** The value-kind classifier the repo scanner uses to judge secret-looking assignments (shared with the env scanner). */
final class SharedValueKinds {
  static final ValueKindClassifier CLASSIFIER = (key, value) -> ValueKinds.classify(key, value).id();

  private SharedValueKinds() {}
}
