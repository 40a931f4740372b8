package dev.readiness.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * The generator of the hostile-input corpus items too big or too special to check in (see
 * src/test/resources/hostile/README.md). Every method writes one item at the path it is given; the
 * tests call them into a temp copy of a fixture repository. {@link #main} writes all of them into a
 * directory, to reproduce a case by hand with {@code readiness scan DIR}:
 * <pre>
 *   java -cp target/test-classes dev.readiness.hostile.HostileInputs /tmp/hostile
 * </pre>
 */
public final class HostileInputs {
  /** Size of the oversized file: ten times the 5 MiB size cap. */
  public static final long FIFTY_MB = 50L * 1024 * 1024;

  private HostileInputs() {}

  /** A 50 MB env file of ordinary KEY=value lines (real bytes, not a sparse file). */
  public static void fiftyMegabyteFile(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = 0;
      for (int i = 0; written < FIFTY_MB; i++) {
        String line = "KEY_" + i + "=value-" + i + "\n";
        int room = (int) Math.min(line.length(), FIFTY_MB - written);
        w.write(line, 0, room);
        written += room;
      }
    }
  }

  /**
   * A Dockerfile whose RUN instruction continues over {@code continuations} lines, then a {@code pip install}
   * RUN and a CMD: the long RUN starts on line 2, the pip one is on line {@code continuations + 3}.
   */
  public static String continuationDockerfile(int continuations) {
    StringBuilder b = new StringBuilder("FROM python:3.12-slim\nRUN true \\\n");
    for (int i = 1; i < continuations; i++) b.append("  && echo step-").append(i).append(" \\\n");
    b.append("  && echo done\n");
    b.append("RUN pip install fastapi\n");
    b.append("CMD [\"python\", \"-m\", \"http.server\"]\n");
    return b.toString();
  }

  /** A compose file with {@code count} services {@code svc-0 ...}, each a pinned image without a restart policy. */
  public static String composeWithServices(int count) {
    StringBuilder b = new StringBuilder("services:\n");
    for (int i = 0; i < count; i++) {
      b.append("  svc-").append(i).append(":\n")
          .append("    image: registry.example.com/svc:1.0.").append(i % 10).append('\n')
          .append("    environment:\n")
          .append("      SERVICE_INDEX: \"").append(i).append("\"\n");
    }
    return b.toString();
  }

  /** An env file with {@code count} distinct keys {@code KEY_0=value-0 ...}, one per line. */
  public static String envWithKeys(int count) {
    StringBuilder b = new StringBuilder(count * 20);
    for (int i = 0; i < count; i++) b.append("KEY_").append(i).append("=value-").append(i).append('\n');
    return b.toString();
  }

  /** Two symbolic links pointing at each other. */
  public static void symlinkLoop(Path a, Path b) throws IOException {
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
  }

  /** A symbolic link {@code link} to a file holding {@code text} in {@code outsideDir} (outside the scanned root). */
  public static void symlinkOutside(Path link, Path outsideDir, String text) throws IOException {
    Path target = Files.writeString(outsideDir.resolve("outside.env"), text);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }

  /**
   * A file with mode 000.
   *
   * @return whether the file really is unreadable now (not for root, who reads it anyway)
   */
  public static boolean unreadableFile(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    return !Files.isReadable(file);
  }

  /**
   * A named pipe made with {@code mkfifo}; reading it would block until a writer comes.
   *
   * @return whether it could be made (false without mkfifo)
   */
  public static boolean fifo(Path file) throws IOException, InterruptedException {
    Files.createDirectories(file.getParent());
    try {
      Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(file);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes every generated item into {@code args[0]} (an existing or new directory). */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) throw new IllegalArgumentException("usage: HostileInputs DIR");
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    fiftyMegabyteFile(dir.resolve("big/huge.env"));
    Files.createDirectories(dir.resolve("continuations"));
    Files.writeString(dir.resolve("continuations/Dockerfile"), continuationDockerfile(10_000));
    Files.createDirectories(dir.resolve("many"));
    Files.writeString(dir.resolve("many/compose.yaml"), composeWithServices(1_000));
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/many-keys.env"), envWithKeys(100_000));
    symlinkLoop(dir.resolve("loop-a"), dir.resolve("loop-b"));
    Path outside = Files.createTempDirectory("hostile-outside");
    symlinkOutside(dir.resolve("config/escape.env"), outside, "STOLEN=from-outside-the-root\n");
    unreadableFile(dir.resolve("config/unreadable.env"), "A=1\n");
    fifo(dir.resolve("config/pipe.env"));
  }
}
