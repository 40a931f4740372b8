package dev.readiness.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr for scans that take longer than a second: on a terminal it updates in
 * place and is erased at the end; elsewhere (CI logs) it is printed once.
 */
final class Progress implements AutoCloseable {
  /** How long a scan runs before the line appears (a system property lets tests see it at once). */
  private static final long DELAY_MS = Long.getLong("readiness.progress.delayMs", 1000);
  private static final boolean TIMINGS = Boolean.getBoolean("readiness.timings");

  private final PrintStream err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final ScheduledFuture<?> task;
  private volatile String stage = "starting";
  private long stageStart = start;
  private final StringBuilder timings = new StringBuilder();
  private boolean printed;
  private boolean closed;

  Progress(PrintStream err, boolean terminal, boolean enabled) {
    this(err, terminal, enabled, DELAY_MS);
  }

  /** A progress line that appears after {@code delayMs} (tests). */
  Progress(PrintStream err, boolean terminal, boolean enabled, long delayMs) {
    this.err = err;
    this.terminal = terminal;
    if (TIMINGS) {
      timings.append(String.format("%n  %-40s %6d ms", "JVM start to scan",
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
    }
    if (!enabled) {
      timer = null;
      task = null;
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "readiness-progress");
      t.setDaemon(true);
      return t;
    });
    task = terminal ? timer.scheduleAtFixedRate(this::show, delayMs, 250, TimeUnit.MILLISECONDS)
        : timer.schedule(this::show, delayMs, TimeUnit.MILLISECONDS);
  }

  /** Names the stage the scan is in (discovering, evaluating checks, writing reports). */
  void stage(String name) {
    recordTiming();
    stage = name;
  }

  private void recordTiming() {
    if (!TIMINGS) return;
    long now = System.nanoTime();
    timings.append(String.format("%n  %-40s %6d ms", stage, (now - stageStart) / 1_000_000));
    stageStart = now;
  }

  private synchronized void show() {
    long ms = (System.nanoTime() - start) / 1_000_000;
    String line = String.format("readiness: %s… %.1fs", stage, ms / 1000.0);
    if (terminal) err.print("\r" + line + "\u001b[K");
    else err.println(line);
    err.flush();
    printed = true;
  }

  @Override
  public synchronized void close() {
    if (TIMINGS && !closed && stageStart != 0) {
      recordTiming();
      stageStart = 0;
      err.println("readiness: timings (JVM up " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
          + " ms at close):" + timings);
    }
    if (timer == null || closed) return;
    closed = true;
    task.cancel(false);
    timer.shutdownNow();
    if (printed && terminal) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
