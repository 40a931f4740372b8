package dev.readiness.scan.dockerfile;

/**
 * Reduces a key/value pair to a value kind (empty, placeholder, reference, secret, ...) so the value
 * itself never has to be kept. Implemented by the env scanner's classifier; injected so the scanners
 * here do not grow a second one.
 */
@FunctionalInterface
public interface ValueKindClassifier {
  String classify(String key, String value);
}
