package dev.readiness.policy.rego.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Where print() output appears, against the real binaries: {@code readiness policy test [-v]} lays out tests and
 * their print output as {@code opa test [-v]} does (each shown test under its {@code file:line:}, output indented
 * below it), and {@code readiness policy check} writes conftest's {@code PRNT   file:line: message} lines.
 * Skips (with a message) when opa or conftest is not installed.
 */
class PrintOutputParityTest {
  private static final String RULE = "-".repeat(80);

  @TempDir Path dir;

  @Test
  void policyTestLaysOutTestsAndPrintOutputAsOpaTest() throws Exception {
    Opa opa = Opa.require();
    Path p = Files.createDirectories(dir.resolve("p"));
    Files.writeString(p.resolve("lib.rego"), """
        package lib

        double(x) := y if {
        \tprint("double of", x)
        \ty := x * 2
        }
        """);
    Files.writeString(p.resolve("lib_test.rego"), """
        package lib

        test_double if {
        \tprint("start")
        \tdouble(2) == 4
        \tprint("values", [1, "a"], {"k": {1, 2}}, input.missing)
        }

        test_fails if {
        \tprint("before the failure")
        \tdouble(2) == 5
        }

        test_quiet if double(1) == 2

        todo_test_later if false
        """);
    Files.writeString(p.resolve("other_test.rego"), """
        package other

        test_in_another_file if {
        \tprint("multi\\nline")
        \ttrue
        }

        test_fails_silently if false
        """);
    for (boolean verbose : List.of(false, true)) {
      List<String> args = new ArrayList<>(List.of("test"));
      if (verbose) args.add("-v");
      args.add(p.toString());
      Opa.Run theirs = opa.run(args, null, null);
      args.set(0, "policy");
      args.add(1, "test");
      Run ours = runCli(args);
      String what = verbose ? "-v" : "without -v";
      // exit codes differ by design (opa test: 2 when a test fails; readiness: 1, its "gate failed")
      assertEquals(theirs.exit() == 0, ours.code() == 0, what + "\nopa:\n" + theirs.stdout() + "\nreadiness:\n" + ours.out());
      // opa runs tests concurrently, so its order varies: compare the per-test blocks and the counts
      assertEquals(blocks(theirs.stdout()), blocks(ours.out()), what + "\nopa:\n" + theirs.stdout() + "\nreadiness:\n" + ours.out());
      assertEquals(summary(theirs.stdout()), summary(ours.out()), what);
    }
  }

  @Test
  void policyCheckWritesConftestsPrntLines() throws Exception {
    Optional<Path> conftest = Opa.tool("conftest");
    if (conftest.isEmpty()) {
      System.out.println("SKIPPED: conftest is not installed (.ci/run builds it into ~/.cache/readiness-tools/bin)");
    }
    Assumptions.assumeTrue(conftest.isPresent(), "conftest not installed");
    Path policy = Files.createDirectories(dir.resolve("policy"));
    Files.writeString(policy.resolve("main.rego"), """
        package main

        deny contains msg if {
        \tprint("checking", input.name, input.ports)
        \tinput.name == "web"
        \tmsg := sprintf("%s is denied", [input.name])
        }
        """);
    Files.writeString(policy.resolve("warn.rego"), """
        package main

        warn contains "no owner" if {
        \tnot input.owner
        \tprint("owner missing on", input.name)
        }
        """);
    Path in = dir.resolve("in.json");
    Files.writeString(in, "{\"name\": \"web\", \"ports\": [80, 443]}");
    List<String> cmd = List.of(conftest.get().toString(), "test", "--no-color", "-p", policy.toString(), in.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Process proc = pb.start();
    String theirs = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
    Run ours = runCli(List.of("policy", "check", "-p", policy.toString(), in.toString()));
    assertEquals(proc.exitValue(), ours.code(), theirs + "\n" + ours.out() + ours.err());
    assertTrue(theirs.contains("PRNT   " + policy.resolve("main.rego") + ":4: checking web [80, 443]"), theirs);
    // conftest evaluates the rules module by module in Go map order, so the order of its PRNT lines varies between
    // runs: compare them as a set, and everything else line by line
    assertEquals(prnt(theirs), prnt(ours.out()), theirs + "\n" + ours.out());
    assertEquals(theirs.lines().filter(l -> !l.startsWith("PRNT ")).toList(),
        ours.out().lines().filter(l -> !l.startsWith("PRNT ")).toList(), theirs + "\n" + ours.out());
    assertTrue(ours.out().contains(":4: checking web [80, 443]\n\n"), "an empty line follows each PRNT line: " + ours.out());
  }

  private static List<String> prnt(String out) {
    return out.lines().filter(l -> l.startsWith("PRNT ")).sorted().toList();
  }

  private record Run(int code, String out, String err) {}

  private static Run runCli(List<String> args) {
    CommandLine cl = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  /** The streamed part of an opa test report: each test's block (its file:line: header to the next), durations masked. */
  private static Map<String, String> blocks(String report) {
    Map<String, String> out = new TreeMap<>();
    String header = null;
    StringBuilder body = new StringBuilder();
    for (String line : report.split("\n", -1)) {
      if (line.equals(RULE)) break;
      if (line.matches("\\S.*\\.rego:\\d+:")) {
        if (header != null) out.put(header, body.toString().strip());
        header = line;
        body.setLength(0);
        continue;
      }
      if (header != null) body.append(mask(line)).append('\n');
    }
    if (header != null) out.put(header, body.toString().strip());
    return out;
  }

  private static String mask(String line) {
    // Go's time.Duration.String(): 597.067µs, 4.411991ms, 12ns, 1.5s, 1m2.5s
    String d = "\\((?:\\d+h)?(?:\\d+m)?\\d+(?:\\.\\d+)?(?:ns|µs|ms|s)\\)$";
    if (line.matches(".*: (PASS|FAIL|ERROR) " + d)) return line.replaceAll(d, "(D)");
    return line;
  }

  private static List<String> summary(String report) {
    return report.lines().filter(l -> l.matches("(PASS|FAIL|SKIPPED|ERROR): \\d+/\\d+")).toList();
  }
}
