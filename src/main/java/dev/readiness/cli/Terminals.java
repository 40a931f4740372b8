package dev.readiness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Which of the process's output streams are terminals. The progress line goes to stderr and the
 * summary to stdout (or stderr with {@code --stdout}), so each decision looks at its own stream:
 * {@code 2>scan.log} must not fill the log with carriage returns and erase sequences.
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 */
public record Terminals(boolean stdout, boolean stderr) {
  /** Neither stream is a terminal (tests, pipes, CI logs). */
  public static final Terminals NONE = new Terminals(false, false);

  /**
   * Asks the operating system. On Linux {@code /proc/self/fd/N} names what each descriptor is open on;
   * elsewhere Java 17 only offers {@link System#console()}, which is non-null when stdin and stdout are
   * both terminals, and is used for both streams.
   */
  public static Terminals detect() {
    boolean console = System.console() != null;
    return new Terminals(isTerminal(1, console), isTerminal(2, console));
  }

  private static boolean isTerminal(int fd, boolean fallback) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (!Files.isSymbolicLink(link)) return fallback;
    try {
      return isTerminalDevice(Files.readSymbolicLink(link).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return fallback;
    }
  }

  /** Whether a descriptor's target (as /proc shows it) is a terminal device: a pseudo-terminal, a tty or the console. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
