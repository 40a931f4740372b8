package dev.readiness.cli;

import picocli.CommandLine;

/** Prints the tool version, the Java runtime and the policy engines. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  /** The tool's version from the jar manifest ("dev" when run from classes). */
  public static String version() {
    return Version.number();
  }

  @Override
  public String[] getVersion() {
    return Version.lines();
  }
}
