package dev.readiness.bench;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.dockerfile.DockerfileAst;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.dockerfile.DockerfileParser;
import dev.readiness.scan.dockerfile.DockerfileScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 7: Dockerfile parsing (instructions, continuations, heredocs) and the whole Dockerfile
 * scanner (parse plus stage analysis into facts) on a realistic multi-stage file and on a file of
 * about 2,000 lines that are nearly all continuation lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DockerfileBenchmark {
  static final int CONTINUATION_LINES = 2000;

  @Param({"multi-stage", "continuations"})
  public String dockerfile;

  private String text;
  private Path dir;
  private ScanContext context;

  @Setup
  public void setup() throws IOException {
    text = dockerfile.equals("multi-stage") ? Dockerfiles.multiStage() : Dockerfiles.continuations(CONTINUATION_LINES);
    dir = Files.createTempDirectory("readiness-bench-dockerfile-");
    Files.writeString(dir.resolve("Dockerfile"), text, StandardCharsets.UTF_8);
    context = ScanContexts.discover(dir);
    DockerfileAst ast = DockerfileParser.parse(text);
    List<DockerfileFacts> facts = new DockerfileScanner().scan(context);
    if (!ast.problems().isEmpty() || facts.size() != 1) {
      throw new IllegalStateException(dockerfile + ": problems " + ast.problems() + ", facts " + facts.size());
    }
    System.out.printf("%s: %d lines, %d instructions, %d stages%n", dockerfile, text.split("\n", -1).length - 1,
        ast.instructions().size(), facts.get(0).stages().size());
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.delete(dir.resolve("Dockerfile"));
    Files.delete(dir);
  }

  @Benchmark
  public DockerfileAst parse() {
    return DockerfileParser.parse(text);
  }

  /** Parse plus analysis into the input document's Dockerfile facts (file content is cached by the context). */
  @Benchmark
  public List<DockerfileFacts> scan() {
    return new DockerfileScanner().scan(context);
  }
}
