package dev.readiness.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs an external tool with a timeout and captures its combined output. */
public final class ProcessRunner {
  private final long timeoutSeconds;

  public ProcessRunner(long timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  /** The result of one run; {@code exit} is -1 on timeout. */
  public record Result(int exit, String output) {
    public boolean ok() { return exit == 0; }
  }

  /** Finds an executable on PATH. */
  public static Optional<Path> which(String name) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /**
   * Finds a verification tool: on PATH, else in the tools cache the project's CI fills
   * ({@code $READINESS_TOOLS} or {@code ~/.cache/readiness-tools}, its {@code bin} and {@code venv/bin}).
   */
  public static Optional<Path> tool(String name) {
    Optional<Path> onPath = which(name);
    if (onPath.isPresent()) return onPath;
    String env = System.getenv("READINESS_TOOLS");
    Path cache = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home", "/"), ".cache", "readiness-tools");
    for (Path dir : List.of(cache.resolve("bin"), cache.resolve("venv").resolve("bin"))) {
      Path p = dir.resolve(name);
      if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  public Result run(Path dir, List<String> command) throws IOException {
    Path out = Files.createTempFile("readiness-fix-", ".out");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process p = pb.start();
      try {
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          return new Result(-1, "timed out after " + timeoutSeconds + "s");
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        return new Result(-1, "interrupted");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
