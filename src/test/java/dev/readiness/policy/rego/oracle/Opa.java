package dev.readiness.policy.rego.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real OPA binary, the oracle of the Rego differential tests. Looked up on PATH, in the tools directory
 * that {@code .ci/run} fills ($READINESS_TOOLS or ~/.cache/readiness-tools/bin) and in ~/go/bin; tests that
 * need it skip with a message when it is absent.
 */
public final class Opa {
  private final Path binary;

  private Opa(Path binary) { this.binary = binary; }

  /** The binary, if installed. */
  public static Optional<Opa> find() {
    return tool("opa").map(Opa::new);
  }

  /** A Go tool that .ci/run installs (opa, conftest), if installed: tools directory, PATH, ~/go/bin. */
  public static Optional<Path> tool(String name) {
    List<Path> candidates = new ArrayList<>();
    String tools = System.getenv("READINESS_TOOLS");
    String home = System.getProperty("user.home");
    if (tools != null) candidates.add(Path.of(tools, "bin", name));
    candidates.add(Path.of(home, ".cache", "readiness-tools", "bin", name));
    String path = System.getenv("PATH");
    if (path != null) for (String d : path.split(java.io.File.pathSeparator)) candidates.add(Path.of(d, name));
    candidates.add(Path.of(home, "go", "bin", name));
    for (Path p : candidates) if (Files.isExecutable(p)) return Optional.of(p);
    return Optional.empty();
  }

  /** The binary, or the test is skipped with a message saying how to get it. */
  public static Opa require() {
    Optional<Opa> opa = find();
    if (opa.isEmpty()) {
      System.out.println("SKIPPED: the real OPA is not installed (.ci/run builds it into ~/.cache/readiness-tools/bin)");
    }
    Assumptions.assumeTrue(opa.isPresent(), "opa not installed; .ci/run builds it (go install github.com/open-policy-agent/opa@v1.22.4)");
    return opa.get();
  }

  public Path binary() { return binary; }

  /** Result of one run. */
  public record Run(int exit, String stdout, String stderr) {}

  /** Runs opa with arguments, optional stdin, within a time limit. */
  public Run run(List<String> args, String stdin, Path dir) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (dir != null) pb.directory(dir.toFile());
    Path out = Files.createTempFile("opa-out", ".txt");
    Path err = Files.createTempFile("opa-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin == null) pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    if (stdin != null) {
      try (var os = p.getOutputStream()) {
        os.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("opa timed out: " + args);
    }
    try {
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
