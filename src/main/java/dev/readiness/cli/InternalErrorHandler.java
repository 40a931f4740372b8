package dev.readiness.cli;

import dev.readiness.usage.UsageException;
import picocli.CommandLine;

/** Turns an unexpected exception into exit code 3 with a short message and where to report it. */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    if (ex instanceof UsageException u) {
      cl.getErr().println("readiness: " + u.getMessage());
      return ExitCodes.USAGE;
    }
    cl.getErr().println("readiness: internal error: " + ex);
    for (StackTraceElement e : ex.getStackTrace()) {
      cl.getErr().println("    at " + e);
    }
    cl.getErr().println("This is a bug in readiness; please report it with the command you ran and the output above.");
    return ExitCodes.INTERNAL;
  }
}
