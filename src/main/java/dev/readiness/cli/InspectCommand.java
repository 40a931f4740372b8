package dev.readiness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code readiness inspect}: not yet available. */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Print the normalized input document the policies see.")
public final class InspectCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("readiness inspect: not yet available in this build");
    return ExitCodes.USAGE;
  }
}
