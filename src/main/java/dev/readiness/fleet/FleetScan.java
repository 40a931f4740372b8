package dev.readiness.fleet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Scans the repositories of a fleet in parallel, at most {@code jobs} at a time (which bounds memory: each scan
 * holds one repository's facts), writing each one's reports to {@code output/<name>/}. Git URLs are cloned
 * shallow into the cache first (an existing clone is updated). A repository that cannot be cloned or scanned is
 * reported and the others go on.
 */
public final class FleetScan {
  /** Scans one directory, writing reports into a directory; returns the exit code of the scan. */
  public interface Scanner extends BiFunction<Path, Path, Integer> {}

  /** What happened to one repository. */
  public record Outcome(FleetSource source, boolean scanned, String problem, double seconds) {}

  private final Scanner scanner;
  private final int jobs;
  private final PrintStream log;

  public FleetScan(Scanner scanner, int jobs, PrintStream log) {
    this.scanner = scanner;
    this.jobs = Math.max(1, jobs);
    this.log = log;
  }

  public List<Outcome> run(List<FleetSource> sources, Path output) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "readiness-fleet");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (FleetSource s : sources) {
        futures.add(pool.submit(() -> one(s, output.resolve(s.name()))));
      }
      List<Outcome> out = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        try {
          out.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private Outcome one(FleetSource s, Path reports) {
    long t0 = System.nanoTime();
    try {
      if (s.gitUrl() != null) {
        Git.shallowClone(s.gitUrl(), s.local());
      } else if (!Files.isDirectory(s.local())) {
        return done(s, false, "not a directory: " + s.local(), t0);
      }
      int code = scanner.apply(s.local(), reports);
      if (code > 1) {
        return done(s, false, "scan exited " + code, t0);
      }
      return done(s, true, null, t0);
    } catch (IOException | RuntimeException e) {
      return done(s, false, e.getMessage(), t0);
    }
  }

  private Outcome done(FleetSource s, boolean ok, String problem, long t0) {
    Outcome o = new Outcome(s, ok, problem, (System.nanoTime() - t0) / 1e9);
    synchronized (log) {
      log.printf(java.util.Locale.ROOT, "%s %s (%.1f s)%s%n", ok ? "scanned" : "FAILED ", s.name(), o.seconds(),
          problem == null ? "" : ": " + problem);
    }
    return o;
  }

  /** The few git operations the fleet needs, run as the user's own git. */
  static final class Git {
    private Git() {}

    static void shallowClone(String url, Path into) throws IOException {
      if (Files.isDirectory(into.resolve(".git"))) {
        run(into, "git", "fetch", "--depth", "1", "origin", "HEAD");
        run(into, "git", "reset", "--hard", "-q", "FETCH_HEAD");
        return;
      }
      Files.createDirectories(into.getParent());
      run(into.getParent(), "git", "clone", "--depth", "1", "-q", "--", url, into.toString());
    }

    private static void run(Path dir, String... cmd) throws IOException {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      try {
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
          throw new IOException(String.join(" ", cmd[0], cmd[1]) + " failed: " + out.strip());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }
}
