package dev.readiness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code readiness rules}: not yet available. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every check.")
public final class RulesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("readiness rules: not yet available in this build");
    return ExitCodes.USAGE;
  }
}
