package dev.readiness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code readiness policy test}: not yet available. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Run Rego unit tests (test_* rules in *_test.rego), like opa test.")
public final class PolicyTestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("readiness policy test: not yet available in this build");
    return ExitCodes.USAGE;
  }
}
