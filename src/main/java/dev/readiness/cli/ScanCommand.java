package dev.readiness.cli;

import dev.readiness.assess.DefaultScanBackend;
import dev.readiness.check.Severity;
import dev.readiness.usage.UsageException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness scan}: discover, parse, evaluate, score, write reports and apply the gate. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
    description = {"Discover, parse, evaluate, score, write reports and apply the CI gate.", "",
        "Exit codes: 0 success (gate passed or none set), 1 gate failed, 2 usage or input error, 3 internal error."},
    footer = {"", "Examples:",
        "  readiness scan                               # reports in readiness-report/",
        "  readiness scan --fail-under 7 --fail-on high # CI gate",
        "  readiness scan --stdout json | jq .scores",
        "  readiness scan --write-baseline base.json   # record today's failing findings",
        "  readiness scan --baseline base.json --fail-on high # new findings only",
        "  readiness scan --diff-base origin/main --fail-on high # in a pull request: what this change did",
        "  readiness scan --format sarif,github --fail-under-category security=6",
        "  readiness scan --stdout summary > comment.md  # compact Markdown for a PR comment"})
public final class ScanCommand implements Callable<Integer> {
  static final String DEFAULT_FORMATS = "md,html,json,sarif,junit";

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "Repository to scan (default: the current directory).")
  String path;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Reports to write: md, html, json, sarif, junit, summary (compact Markdown for a PR comment), "
          + "github (job summary + annotations). Default: " + DEFAULT_FORMATS + " (none when only --stdout is given).")
  List<String> formats;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "readiness-report",
      description = "Directory for the report files (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--stdout", paramLabel = "FORMAT",
      description = "Print one report (md, html, json, sarif, junit, summary) to stdout; the console summary then goes to stderr.")
  String stdoutFormat;

  @Option(names = {"-q", "--quiet"}, description = "No console summary and no progress line.")
  boolean quiet;

  @Option(names = "--fail-under", paramLabel = "SCORE", description = "Fail (exit 1) when the overall score is below SCORE.")
  Double failUnder;

  @Option(names = "--fail-under-category", split = ",", paramLabel = "CATEGORY=SCORE",
      description = "Fail when a category scores below its threshold, e.g. security=6,monitoring=5.")
  List<String> failUnderCategory;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
      description = "Fail when any check at or above this severity fails: critical, high, medium or low.")
  Severity failOn;

  @Option(names = "--soft-fail", description = "Report a failed gate but exit 0.")
  boolean softFail;

  @CommandLine.Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--policy", paramLabel = "DIR", description = "Extra Rego policies (repeatable).")
  List<Path> policyDirs;

  @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR",
      description = "JSON/YAML data documents the --policy checks see under data (repeatable; a directory loads each file at its path).")
  List<Path> data;

  @Option(names = "--v0-compatible", description = "Parse the --policy checks as Rego v0 (deny[msg] { ... }), as OPA 1.x's flag.")
  boolean v0Compatible;

  @Option(names = "--bundle", paramLabel = "FILE", description = "OPA wasm bundle built with 'opa build -t wasm' (repeatable).")
  List<Path> bundles;

  @Option(names = "--no-builtin", description = "Do not load the built-in checks.")
  boolean noBuiltin;

  @CommandLine.Mixin CheckSelectionOptions selection = new CheckSelectionOptions();

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: PATH/.readiness.yml when present).")
  Path config;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Compare with a baseline (from --write-baseline): only findings not in it trip --fail-on; "
          + "baselined ones are reported apart. Scores are not changed.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current failing findings (by fingerprint) in FILE, to pass to --baseline later.")
  Path writeBaseline;

  @CommandLine.Mixin ExcludeOptions exclude = new ExcludeOptions();

  @Option(names = "--diff-base", paramLabel = "REF",
      description = "Also scan git revision REF (a temporary worktree; your tree is untouched) and report what "
          + "this revision changed: score delta per area, findings new and fixed. --fail-on then counts new findings "
          + "only. For pull requests: --diff-base origin/main.")
  String diffBase;

  @Option(names = "--history", paramLabel = "DB",
      description = "Record this scan in a history: a SQLite file (created when missing) or a shared PostgreSQL "
          + "(postgresql://user:password@host:port/db). The HTML report then draws the repository's trend; "
          + "'readiness history' prints it.")
  String history;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Supplier<ScanFlow> flows;

  /** The command with the production backend, the process's streams, environment and clock (picocli's entry). */
  public ScanCommand() {
    this(() -> new ScanFlow(new DefaultScanBackend(), new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8), System.getenv(), Terminals.detect(),
        Clock.systemUTC(), VersionProvider.version()));
  }

  /** The command running its scans with flows from {@code flows} (tests, embedders). */
  public ScanCommand(Supplier<ScanFlow> flows) { this.flows = flows; }

  @Override
  public Integer call() {
    ScanFlow flow = flows.get();
    if (diffBase != null) flow.diffAgainst(diffBase);
    if (history != null) {
      try {
        flow.recordHistory(dev.readiness.history.HistoryLocation.parse(history));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage(), e);
      }
    }
    return flow.run(request());
  }

  /** The parsed command line as a request. */
  ScanRequest request() {
    List<String> fmts = formats != null ? formats
        : stdoutFormat != null ? List.of() : List.of(DEFAULT_FORMATS.split(","));
    ScanRequest request = new ScanRequest(path, trimmed(fmts), output, stdoutFormat, quiet, failUnder,
        categoryThresholds(orEmpty(failUnderCategory)), failOn, softFail, engine.docker(),
        engine.dockerHost(), orEmpty(policyDirs), orEmpty(bundles), !noBuiltin, selection.only(), selection.skip(),
        config, baseline, exclude.globs(), writeBaseline, orEmpty(data), v0Compatible);
    return request;
  }

  /**
   * {@code security=6,monitoring=5} as a map. Parsed here rather than by picocli, whose message for a
   * value without '=' reads "Value for option option '--fail-under-category' ...".
   */
  static Map<String, Double> categoryThresholds(List<String> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String v : values) {
      if (v.isBlank()) continue;
      int eq = v.indexOf('=');
      if (eq < 0) {
        throw new UsageException("--fail-under-category: '" + v.trim() + "' should be CATEGORY=SCORE, e.g. security=6");
      }
      String category = v.substring(0, eq).trim();
      String score = v.substring(eq + 1).trim();
      try {
        out.put(category, Double.parseDouble(score));
      } catch (NumberFormatException e) {
        throw new UsageException("--fail-under-category " + category + ": '" + score + "' is not a number");
      }
    }
    return out;
  }


  private static <T> List<T> orEmpty(List<T> l) { return l == null ? List.of() : l; }

  private static List<String> trimmed(List<String> l) {
    List<String> out = new ArrayList<>();
    for (String s : l) {
      if (!s.isBlank()) out.add(s.trim());
    }
    return List.copyOf(out);
  }

  /** Converts a severity option, so a typo is a usage error naming the allowed values. */
  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      try {
        return Severity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
