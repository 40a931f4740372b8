package dev.readiness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code readiness explain}: not yet available. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain what a check looks for and how to fix it.")
public final class ExplainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("readiness explain: not yet available in this build");
    return ExitCodes.USAGE;
  }
}
