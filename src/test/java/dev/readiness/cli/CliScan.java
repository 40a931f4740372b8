package dev.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assess.DefaultScanBackend;
import dev.readiness.assess.ScanBackend;
import dev.readiness.check.CheckMetadata;
import dev.readiness.input.InputDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code readiness scan PATH --docker off --output OUT} as the command line runs it: {@link ScanFlow} with the
 * production backend, every report format written. The built-in checks are compiled once per instance and
 * reused across scans (only their loading is shared; evaluation runs per scan); scans with extra policy
 * directories or bundles load them afresh.
 */
public final class CliScan implements AutoCloseable {
  private static final List<String> FORMATS = List.of("md", "html", "json", "sarif", "junit");

  private final DefaultScanBackend real = new DefaultScanBackend();
  private ScanBackend.Checks builtin;

  /**
   * What one scan produced.
   *
   * @param exitCode the process exit code the CLI would return
   * @param json the JSON report
   * @param markdown the Markdown report
   * @param html the HTML report
   * @param sarif the SARIF report
   * @param console what the scan printed (summary)
   */
  public record Result(int exitCode, JsonNode json, String markdown, String html, String sarif, String console) {}

  /** Scans {@code repo}, writing the reports into {@code out}. */
  public Result scan(Path repo, Path out) throws IOException {
    return scan(repo, out, List.of(), List.of());
  }

  /** As {@link #scan(Path, Path)}, with extra {@code --policy} directories and {@code --bundle} files. */
  public Result scan(Path repo, Path out, List<Path> policyDirs, List<Path> bundles) throws IOException {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
    ScanFlow flow = new ScanFlow(sharingBuiltin(), stream, stream, Map.of(), false,
        Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC), "0.1.0");
    ScanRequest q = new ScanRequest(repo.toString(), FORMATS, out, null, false, null, Map.of(), null, false, "off", null,
        policyDirs, bundles, true, List.of(), List.of(), null, null, List.of(), null);
    int exit = flow.run(q);
    return new Result(exit, new ObjectMapper().readTree(out.resolve("readiness.json").toFile()),
        Files.readString(out.resolve("readiness.md")), Files.readString(out.resolve("readiness.html")),
        Files.readString(out.resolve("readiness.sarif")), console.toString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    if (builtin != null) builtin.close();
    builtin = null;
  }

  private ScanBackend sharingBuiltin() {
    return new ScanBackend() {
      @Override
      public InputDocument document(Path root, List<String> exclude, long sizeCap, String docker, String dockerHost) {
        return real.document(root, exclude, sizeCap, docker, dockerHost);
      }

      @Override
      public Checks load(boolean withBuiltin, List<Path> policyDirs, List<Path> bundles) {
        if (!withBuiltin || !policyDirs.isEmpty() || !bundles.isEmpty()) return real.load(withBuiltin, policyDirs, bundles);
        if (builtin == null) builtin = real.load(true, List.of(), List.of());
        return kept(builtin);
      }
    };
  }

  /** The shared checks, with a close that leaves them loaded for the next scan. */
  private static ScanBackend.Checks kept(ScanBackend.Checks checks) {
    return new ScanBackend.Checks() {
      @Override
      public List<CheckMetadata> catalog() { return checks.catalog(); }

      @Override
      public ScanBackend.Evaluation run(InputDocument document) { return checks.run(document); }

      @Override
      public void close() {}
    };
  }
}
