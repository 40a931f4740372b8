package dev.readiness.cli;

/** The version lines of {@code readiness --version}. Plain concatenation: printing them starts nothing else. */
final class Version {
  private Version() {}

  /** The tool's version from the jar manifest ("dev" when run from classes). */
  static String number() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static String[] lines() {
    return new String[] {
      "readiness ".concat(number()),
      "Java ".concat(System.getProperty("java.version")).concat(" (").concat(System.getProperty("java.vendor")).concat(")"),
      "Policy engines: rego (built-in interpreter, Rego v1), wasm (opa-java-wasm 1.0.4)"
    };
  }
}
