package dev.readiness.cli;

import picocli.CommandLine;

/** Prints the tool version, the Java runtime and the policy engines. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  /** The tool's version from the jar manifest ("dev" when run from classes). */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "readiness " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
      "Policy engines: rego (built-in interpreter, Rego v1), wasm (opa-java-wasm 1.0.4)"
    };
  }
}
