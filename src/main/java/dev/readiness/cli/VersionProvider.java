package dev.readiness.cli;

import picocli.CommandLine;

/** Prints the tool version, the Java runtime and the policy engines. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return Version.lines();
  }
}
