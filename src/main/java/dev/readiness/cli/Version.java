package dev.readiness.cli;

/** The version lines of {@code readiness --version}. Plain concatenation: printing them starts nothing else. */
final class Version {
  private Version() {}

  static String[] lines() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {
      "readiness ".concat(v == null ? "dev" : v),
      "Java ".concat(System.getProperty("java.version")).concat(" (").concat(System.getProperty("java.vendor")).concat(")"),
      "Policy engines: rego (built-in interpreter, Rego v1), wasm (opa-java-wasm 1.0.4)"
    };
  }
}
