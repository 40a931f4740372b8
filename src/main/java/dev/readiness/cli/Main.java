package dev.readiness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code readiness} command line. */
@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audits how ready a repository is to be deployed to production, scores it, gates CI and fixes what it can.",
    subcommands = {
      ScanCommand.class,
      FixCommand.class,
      InspectCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      PolicyCommand.class,
      FleetCommand.class,
      HistoryCommand.class,
      CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (0 ok, 1 gate failed, 2 usage/input error, 3 internal error). */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /** The configured picocli command line (also used by tests). */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("readiness: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
