package dev.readiness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assess.ScanBackend;
import dev.readiness.assess.BaseRevision;
import dev.readiness.assess.ScanService;
import dev.readiness.check.Categories;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckSelection;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.baseline.BaselineComparison;
import dev.readiness.baseline.BaselineFile;
import dev.readiness.baseline.BaselineMatcher;
import dev.readiness.baseline.BaselineRecorder;
import dev.readiness.baseline.BaselineStore;
import dev.readiness.baseline.Fingerprints;
import dev.readiness.baseline.SourceLines;
import dev.readiness.concurrent.Background;
import dev.readiness.config.ConfigLoader;
import dev.readiness.config.ReadinessConfig;
import dev.readiness.discover.Glob;
import dev.readiness.gate.Gate;
import dev.readiness.gate.GateOptions;
import dev.readiness.gate.GateResult;
import dev.readiness.input.InputDocument;
import dev.readiness.input.InputDocuments;
import dev.readiness.report.ConsoleSummary;
import dev.readiness.report.GithubOutput;
import dev.readiness.report.MarkdownReportWriter;
import dev.readiness.report.Report;
import dev.readiness.report.ReportBuilder;
import dev.readiness.report.ReportFormats;
import dev.readiness.report.ReportWriter;
import dev.readiness.report.Templates;
import dev.readiness.usage.UsageException;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import dev.readiness.text.IoReasons;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The scan run: config, input document, checks, configuration applied, score, reports, gate, exit code.
 * Everything it touches outside the JVM (backend, streams, environment, clock) is injected.
 */
public final class ScanFlow {
  /** The pseudo-format that writes the GitHub job summary and annotations. */
  public static final String GITHUB = "github";

  private final ScanService service;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Terminals terminals;
  private final Clock clock;
  private final String version;
  private final ObjectMapper mapper = InputDocuments.mapper();
  private dev.readiness.history.HistoryLocation history;
  private String diffBase;
  /** Random names for the temp files reports are written to before the rename. */
  private static final SecureRandom TEMP_NAMES = new SecureRandom();

  public ScanFlow(ScanBackend backend, PrintStream out, PrintStream err, Map<String, String> env, Terminals terminals,
                  Clock clock, String version) {
    this.service = new ScanService(backend);
    this.out = out;
    this.err = err;
    this.env = env;
    this.terminals = terminals;
    this.clock = clock;
    this.version = version;
  }

  /** Records each scan of this flow in the given history (and draws the trend in the HTML report). */
  public ScanFlow recordHistory(dev.readiness.history.HistoryLocation location) {
    this.history = location;
    return this;
  }

  /**
   * Also scans {@code ref} of the same repository (in a temporary git worktree) and reports what this revision
   * changed: the score delta per area, findings new and fixed; the gate's {@code --fail-on} counts new findings
   * only (the base revision's findings act as a baseline).
   */
  public ScanFlow diffAgainst(String ref) {
    this.diffBase = ref;
    return this;
  }

  /** A flow whose two streams are both terminals or both not. */
  public ScanFlow(ScanBackend backend, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal,
                  Clock clock, String version) {
    this(backend, out, err, env, new Terminals(terminal, terminal), clock, version);
  }

  /** Runs the scan and returns the exit code (0 passed, 1 gate failed); usage errors throw {@link UsageException}. */
  public int run(ScanRequest q) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    Path root = ScanService.directory(q.path());
    BaselineFile baseline = q.baseline() == null ? null : new BaselineStore(mapper).read(q.baseline());
    ReportFormats formats = ReportFormats.standard(mapper);
    for (String f : q.formats()) {
      if (!f.equals(GITHUB) && !formats.names().contains(f)) {
        throw new UsageException("unknown report format '" + f + "' (expected one of: " + String.join(", ", formats.names())
            + ", " + GITHUB + ")");
      }
    }
    if (q.stdoutFormat() != null) formats.get(q.stdoutFormat());
    ReadinessConfig config = ScanService.config(root, q.config());
    GateOptions gateOptions = gateOptions(q, config);
    List<Path> policyDirs = new ArrayList<>(q.policyDirs());
    for (String p : config.policies()) policyDirs.add(Path.of(p));
    List<String> exclude = new ArrayList<>(ScanService.excludes(config, q.exclude()));
    String ownReports = outputInside(root, q.output());
    if (ownReports != null && !q.formats().isEmpty()) exclude.add(ownReports);
    for (Path own : new Path[] {q.baseline(), q.writeBaseline()}) {
      String inside = own == null ? null : fileInside(root, own);
      if (inside != null) exclude.add("/" + Glob.literal(inside));
    }

    try (Progress progress = new Progress(err, terminals.stderr(), !q.quiet())) {
      progress.stage("loading checks and scanning " + q.path());
      // Scanning the tree and compiling the policies are independent: they run at the same time.
      List<String> excluded = List.copyOf(exclude);
      CompletableFuture<InputDocument> document = Background.start("readiness-scan-tree",
          () -> service.document(root, excluded, DiscoveryOptions.DEFAULT_SIZE_CAP, q.docker(), q.dockerHost()));
      try (ScanBackend.Checks checks = service.load(q.builtin(), policyDirs, q.bundles(), q.data(), q.v0Compatible())) {
        return scan(q, root, config, gateOptions, document, formats, checks, baseline, progress, started, t0, excluded);
      }
    }
  }

  /** The part of a run that needs the loaded checks. */
  private int scan(ScanRequest q, Path root, ReadinessConfig config, GateOptions gateOptions,
                   CompletableFuture<InputDocument> document, ReportFormats formats, ScanBackend.Checks checks, BaselineFile baseline, Progress progress,
                   Instant started, long t0, List<String> excluded) {
    if (diffBase != null && baseline != null) {
      throw new UsageException("--diff-base and --baseline cannot be combined: the base revision is the baseline");
    }
    List<String> ids = ScanService.ids(checks);
    ConfigLoader.validateCheckIds(config, ids);
    CheckSelection selection = CheckSelection.validated(q.only(), q.skip(), checks.catalog());
    progress.stage("scanning " + q.path());
    InputDocument doc = Background.await(document);
    progress.stage("evaluating " + ids.size() + " checks");
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ScanService.Outcome outcome = service.evaluate(checks, doc, config, selection, today);
    Fingerprints fingerprints = new Fingerprints(new SourceLines(root));
    BaselineComparison comparison = baseline == null ? null
        : new BaselineMatcher(fingerprints).compare(outcome.results(), baseline, q.baseline().toString());
    Report.Diff diff = null;
    if (diffBase != null) {
      progress.stage("scanning the base revision " + diffBase);
      try (BaseRevision base = BaseRevision.checkout(root, diffBase)) {
        Files.createDirectories(base.root());
        InputDocument baseDoc = service.document(base.root(), excluded, DiscoveryOptions.DEFAULT_SIZE_CAP, "off", null);
        ScanService.Outcome before = service.evaluate(checks, baseDoc, config, selection, today);
        BaselineFile baseFindings = new BaselineRecorder(new Fingerprints(new SourceLines(base.root())))
            .record(before.results(), version, clock.instant());
        String label = "base " + diffBase + " (" + base.commit().substring(0, Math.min(12, base.commit().length())) + ")";
        comparison = new BaselineMatcher(fingerprints).compare(outcome.results(), baseFindings, label);
        diff = ReportBuilder.diff(diffBase, base.commit(), before.scorecard(), outcome.scorecard());
      } catch (IOException e) {
        throw new UsageException("--diff-base: cannot prepare the base revision: " + e.getMessage(), e);
      }
    }
    Gate gate = new Gate(gateOptions);
    GateResult decision = gate.evaluate(outcome.scorecard(), outcome.results(),
        comparison == null ? Set.of() : comparison.baselinedChecks());
    long durationMs = (System.nanoTime() - t0) / 1_000_000;
    Report report = new ReportBuilder(mapper, version).build(q.path(), pathInRepo(root), doc, outcome.results(),
        outcome.scorecard(), gateOptions, decision, outcome.diagnostics(), started, durationMs, comparison);
    if (diff != null) report = report.withDiff(diff);
    String historyProblem = null;
    if (history != null) {
      progress.stage("recording the scan in " + history.display());
      try {
        report = new dev.readiness.history.ScanHistory(history).record(report, root, fingerprints);
      } catch (dev.readiness.history.HistoryException e) {
        historyProblem = e.getMessage();
      }
    }
    progress.stage("writing reports");
    List<String> written = writeReports(report, q, formats);
    BaselineFile recorded = q.writeBaseline() == null ? null : writeBaseline(q.writeBaseline(), fingerprints, outcome.results());
    progress.close();
    if (q.stdoutFormat() != null) printToStdout(report, formats.get(q.stdoutFormat()));
    if (!q.quiet()) {
      PrintStream summary = q.stdoutFormat() != null ? err : out;
      new ConsoleSummary(colors(summary == err ? terminals.stderr() : terminals.stdout())).print(report, written, summary);
      if (recorded != null) {
        summary.println("Baseline written: " + q.writeBaseline() + " (" + recorded.size() + " failing finding(s))");
      }
      summary.flush();
    } else if (!decision.passed()) {
      // Quiet, but a failed gate is the one thing a CI log must say: why the job fails (or would, with --soft-fail).
      err.println(new ConsoleSummary(colors(terminals.stderr())).gateLine(report));
      err.flush();
    }
    if (historyProblem != null) {
      err.println("readiness: " + historyProblem);
      return ExitCodes.USAGE;
    }
    return gate.exitCode(decision);
  }

  /** Records the current failing findings as a baseline file (its directory is created when missing). */
  private BaselineFile writeBaseline(Path file, Fingerprints fingerprints, List<CheckResult> results) {
    BaselineFile recorded = new BaselineRecorder(fingerprints).record(results, version, clock.instant());
    BaselineStore store = new BaselineStore(mapper);
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UsageException("cannot create the directory of " + file + ": " + IoReasons.of(e), e);
    }
    writeAtomically(file, out -> store.write(recorded, out));
    return recorded;
  }

  /** The repo-relative path of a file or directory strictly inside the scanned tree, or null. */
  static String fileInside(Path root, Path file) {
    Path r = root.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    if (!f.startsWith(r) || f.equals(r)) return null;
    return r.relativize(f).toString().replace('\\', '/');
  }

  /**
   * A glob for the report directory when it lies inside the scanned tree, so the next scan does not
   * read its own reports as documentation or configuration.
   */
  static String outputInside(Path root, Path output) {
    String inside = fileInside(root, output);
    return inside == null ? null : "/" + Glob.literal(inside) + "/**";
  }

  /** The scanned directory relative to the enclosing git work tree (null at its root or outside git). */
  static String pathInRepo(Path root) {
    Path abs = root.toAbsolutePath().normalize();
    for (Path p = abs; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        String rel = p.relativize(abs).toString().replace('\\', '/');
        return rel.isEmpty() ? null : rel;
      }
    }
    return null;
  }

  private List<String> writeReports(Report report, ScanRequest q, ReportFormats formats) {
    List<String> written = new ArrayList<>();
    Set<String> fileFormats = new LinkedHashSet<>(q.formats());
    boolean github = fileFormats.remove(GITHUB);
    if (!fileFormats.isEmpty()) {
      try {
        Files.createDirectories(q.output());
      } catch (IOException e) {
        throw new UsageException("cannot create the report directory " + q.output() + ": " + IoReasons.of(e), e);
      }
    }
    // The formats are independent renderings of one immutable report: written side by side.
    List<CompletableFuture<String>> files = new ArrayList<>();
    for (String f : fileFormats) {
      ReportWriter w = formats.get(f);
      Path target = q.output().resolve(w.fileName());
      files.add(Background.start("readiness-report-" + f, () -> {
        writeAtomically(target, out -> w.write(report, out));
        return target.toString();
      }));
    }
    for (CompletableFuture<String> file : files) written.add(Background.await(file));
    if (github) {
      try {
        String summaryFile = env.get("GITHUB_STEP_SUMMARY");
        boolean summary = new GithubOutput(new MarkdownReportWriter(new Templates())).write(report, summaryFile, out);
        if (summary) written.add("$GITHUB_STEP_SUMMARY");
        else err.println("readiness: GITHUB_STEP_SUMMARY is not set; wrote annotations only");
      } catch (IOException e) {
        throw new UsageException("cannot write the GitHub job summary: " + e.getMessage(), e);
      }
    }
    return written;
  }

  /** Content written to a file. */
  private interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a file next to its target and renames it, so a failed write never leaves half a file. The
   * temp file is created like any new file ({@code CREATE_NEW}, no explicit mode), so the report gets
   * the permissions the process's umask gives (0644 under the usual 022), not the 0600 of
   * {@code Files.createTempFile}: reports are meant to be read, published and uploaded.
   */
  private static void writeAtomically(Path target, Content content) {
    Path tmp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      for (int attempt = 0; tmp == null; attempt++) {
        Path candidate = dir.resolve(".readiness-" + Long.toUnsignedString(TEMP_NAMES.nextLong(), 36) + ".tmp");
        try {
          Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
          tmp = candidate;
        } catch (FileAlreadyExistsException e) {
          if (attempt == 10) throw e;
        }
      }
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + target + ": " + IoReasons.of(e), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temp file is hidden and named as ours
        }
      }
    }
  }

  private void printToStdout(Report report, ReportWriter w) {
    StringWriter s = new StringWriter();
    try {
      w.write(report, s);
    } catch (IOException e) {
      throw new IllegalStateException("rendering to memory failed", e);
    }
    Writer o = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      o.write(s.toString());
      o.flush();
    } catch (IOException e) {
      throw new UsageException("cannot write to stdout: " + e.getMessage(), e);
    }
  }

  /** Colors on a terminal stream, unless NO_COLOR is set. */
  private boolean colors(boolean terminal) {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }

  private static GateOptions gateOptions(ScanRequest q, ReadinessConfig config) {
    Map<String, Double> categories = new LinkedHashMap<>(config.failUnderCategory());
    for (Map.Entry<String, Double> e : q.failUnderCategory().entrySet()) {
      if (!Categories.SCORED.contains(e.getKey())) {
        throw new UsageException("--fail-under-category: unknown category '" + e.getKey() + "' (expected one of: "
            + String.join(", ", Categories.SCORED) + ")");
      }
      checkScore("--fail-under-category " + e.getKey(), e.getValue());
      categories.put(e.getKey(), e.getValue());
    }
    if (q.failUnder() != null) checkScore("--fail-under", q.failUnder());
    return new GateOptions(q.failUnder() != null ? q.failUnder() : config.failUnder(), Map.copyOf(categories),
        q.failOn() != null ? q.failOn() : config.failOn(), q.softFail());
  }

  private static void checkScore(String what, double v) {
    if (!(v >= 0 && v <= 10)) throw new UsageException(what + " must be from 0 to 10, got " + v);
  }

}
