package dev.readiness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code readiness fix}: not yet available. */
@Command(name = "fix", mixinStandardHelpOptions = true, description = "Plan remediations for what scan found; --apply writes them.")
public final class FixCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("readiness fix: not yet available in this build");
    return ExitCodes.USAGE;
  }
}
