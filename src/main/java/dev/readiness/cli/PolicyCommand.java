package dev.readiness.cli;

import picocli.CommandLine.Command;

/** {@code readiness policy}: policy author tools. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Policy author tools.",
    subcommands = {PolicyTestCommand.class, PolicyCheckCommand.class})
public final class PolicyCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
