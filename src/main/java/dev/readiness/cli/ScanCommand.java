package dev.readiness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code readiness scan}: not yet available. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Discover, parse, evaluate, score, write reports and apply the gate.")
public final class ScanCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("readiness scan: not yet available in this build");
    return ExitCodes.USAGE;
  }
}
