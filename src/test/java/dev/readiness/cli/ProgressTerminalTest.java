package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line: in place on a terminal, plain lines in a log; "terminal" is decided from stderr. */
class ProgressTerminalTest {
  @TempDir Path dir;

  private static String run(boolean terminal) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(b, true, StandardCharsets.UTF_8);
    try (Progress p = new Progress(err, terminal, true, 0)) {
      p.stage("scanning x");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (b.size() == 0 && System.nanoTime() < until) Thread.sleep(10);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLogGetsWholeLinesWithoutTerminalControls() throws Exception {
    String log = run(false);
    assertTrue(log.startsWith("readiness: "), log);
    assertFalse(log.contains("\r") || log.contains("\u001b["), "no carriage return or erase sequence: " + log);
    assertTrue(log.endsWith("\n"), "ends with a newline");
  }

  @Test
  void aTerminalGetsOneLineUpdatedInPlaceAndErased() throws Exception {
    String tty = run(true);
    assertTrue(tty.startsWith("\rreadiness: "), tty);
    assertTrue(tty.endsWith("\r\u001b[K"), "erased at the end");
  }

  @Test
  void terminalDevicesAreRecognisedByTheirName() {
    assertTrue(Terminals.isTerminalDevice("/dev/pts/3"));
    assertTrue(Terminals.isTerminalDevice("/dev/tty1"));
    assertFalse(Terminals.isTerminalDevice("/tmp/scan.log"));
    assertFalse(Terminals.isTerminalDevice("pipe:[81234]"));
    assertFalse(Terminals.isTerminalDevice("/dev/null"));
  }

  /**
   * The real process under a pseudo-terminal (util-linux {@code script}) for stdin and stdout, with
   * stderr redirected to a file: the log must not get the terminal form. Before the fix, the decision
   * came from System.console() (stdin and stdout) and the log got {@code \r...\e[K} and no newline.
   */
  @Test
  void stderrRedirectedUnderATerminalGetsTheLogForm() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script) && Files.isDirectory(Path.of("/proc/self/fd")),
        "skipped: needs util-linux script and /proc (Linux)");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve("README.md"), "# x\n");
    Path log = dir.resolve("stderr.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = String.join(" ", List.of(java, "-Dreadiness.progress.delayMs=0", "-cp", quote(System.getProperty("java.class.path")),
        Main.class.getName(), "scan", quote(repo.toString()), "--docker", "off", "--format", "json", "--output",
        quote(dir.resolve("out").toString()), "2>" + quote(log.toString())));
    Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
        .redirectErrorStream(true).redirectOutput(dir.resolve("tty.out").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the scan finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("tty.out")) + Files.readString(log));
    String stderr = Files.readString(log);
    assertTrue(stderr.contains("readiness: "), "the progress line was printed: " + stderr);
    assertFalse(stderr.contains("\r") || stderr.contains("\u001b[K"), "terminal controls in a redirected stderr: " + stderr);
    assertTrue(stderr.endsWith("\n"), "the log ends with a newline");
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
