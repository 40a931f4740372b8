package dev.readiness.scan.dockerfile;

import dev.readiness.scan.ValueKinds;

/** Where the scanners get the shared value-kind classifier from: the one the env and compose scanners use. */
final class ValueKindsBridge {
  static final ValueKindClassifier DEFAULT = (key, value) -> ValueKinds.classify(key, value).id();

  private ValueKindsBridge() {}
}
