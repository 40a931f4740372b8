package dev.readiness.cli;

/** Exit codes of scan and fix (the contract in cli-and-report.md). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int GATE_FAILED = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
