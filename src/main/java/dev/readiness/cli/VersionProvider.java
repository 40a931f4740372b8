package dev.readiness.cli;

import picocli.CommandLine;

/** Prints the tool version, the Java runtime and the policy engines. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "readiness " + (v == null ? "dev" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
      "Policy engines: rego (built-in interpreter, Rego v1), wasm (opa-java-wasm 1.0.4)"
    };
  }
}
