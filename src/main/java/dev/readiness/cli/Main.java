package dev.readiness.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code readiness} command line. */
@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audits how ready a repository is to be deployed to production, scores it, gates CI and fixes what it can.",
    // subcommands: added by newCommandLine, in this order (see SUBCOMMANDS)
    subcommands = {})
public final class Main implements Runnable {
  /**
   * The subcommands in help order. Building picocli's model of a command reflects over all its options,
   * so a run builds only the command it executes; the others are listed in help from their
   * {@code @Command} annotation alone.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ScanCommand.class, FixCommand.class, InspectCommand.class,
      RulesCommand.class, ExplainCommand.class, PolicyCommand.class, FleetCommand.class, HistoryCommand.class, CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (0 ok, 1 gate failed, 2 usage/input error, 3 internal error). */
  public static int run(String... args) {
    return newCommandLine(args).execute(args);
  }

  /** The configured picocli command line with every subcommand fully built (also used by tests). */
  public static CommandLine newCommandLine() {
    return newCommandLine((String[]) null);
  }

  /**
   * The command line for these arguments: the subcommand they name (after {@code help}, too) is built in
   * full, the others only as names and descriptions for the help listing; null arguments, or
   * {@code generate-completion}, build every subcommand.
   */
  static CommandLine newCommandLine(String[] args) {
    String target = args == null || args.length == 0 ? null : args[0].equals("help") && args.length > 1 ? args[1] : args[0];
    boolean all = args == null || "generate-completion".equals(target);
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : SUBCOMMANDS) {
      Command a = c.getAnnotation(Command.class);
      if (all || a.name().equals(target) || c == CommandLine.HelpCommand.class) {
        cl.addSubcommand(a.name(), newInstance(c));
      } else {
        CommandLine.Model.CommandSpec stub = CommandLine.Model.CommandSpec.create().name(a.name());
        stub.usageMessage().description(a.description()).hidden(a.hidden());
        cl.addSubcommand(a.name(), stub);
      }
    }
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

  private static Object newInstance(Class<?> c) {
    try {
      return CommandLine.defaultFactory().create(c);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the " + c.getSimpleName() + " command", e);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
