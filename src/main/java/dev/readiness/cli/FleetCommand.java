package dev.readiness.cli;

import dev.readiness.usage.UsageException;
import dev.readiness.config.ConfigLoader;
import dev.readiness.fleet.FleetDashboard;
import dev.readiness.fleet.FleetScan;
import dev.readiness.fleet.FleetSource;
import dev.readiness.fleet.FleetSummary;
import dev.readiness.fleet.Levels;
import dev.readiness.fleet.ReportReader;
import dev.readiness.fleet.ScanSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code readiness fleet}: many repositories at once. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
    description = "Scans many repositories and aggregates their reports into one dashboard.",
    subcommands = {FleetCommand.Scan.class, FleetCommand.Report.class})
public final class FleetCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code readiness fleet scan}. */
  @Command(name = "scan", mixinStandardHelpOptions = true,
      description = {"Scans repositories (local paths or git URLs, cloned shallow into a cache) in parallel, writes"
          + " each one's JSON and HTML report under OUTPUT/<name>/ and the dashboard OUTPUT/index.html.",
          "Exit 0 when every repository was scanned, 2 when one could not be (the others still are)."})
  static final class Scan implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "REPO", arity = "0..*", description = "Local paths or git URLs.")
    List<String> repos = new ArrayList<>();

    @Option(names = {"-l", "--list"}, paramLabel = "FILE",
        description = "A file with one path or git URL per line (# comments); paths are relative to the file.")
    Path list;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "readiness-fleet",
        description = "Where reports and the dashboard go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Repositories scanned at once (default: the number of processors, at most 4). Each scan"
            + " holds one repository's facts, so this bounds memory.")
    Integer jobs;

    @Option(names = "--cache", paramLabel = "DIR",
        description = "Where git URLs are cloned (default: OUTPUT/.clones).")
    Path cache;

    @Option(names = "--config", paramLabel = "FILE", description = "A .readiness.yml whose levels: rank the fleet.")
    Path config;

    @Option(names = "--docker", paramLabel = "MODE", defaultValue = "off",
        description = "Runtime checks per repository: off (default), auto or on.")
    String docker;

    @Override
    public Integer call() throws Exception {
      List<String> specs = new ArrayList<>();
      Path base = Path.of("");
      if (list != null) {
        if (!Files.isRegularFile(list)) throw new UsageException("list not found: " + list);
        specs.addAll(FleetSource.readList(list));
        base = list.toAbsolutePath().getParent();
      }
      List<FleetSource> sources = new ArrayList<>(FleetSource.resolve(specs, base,
          cache != null ? cache : output.resolve(".clones")));
      List<FleetSource> fromArgs = FleetSource.resolve(repos, Path.of(""),
          cache != null ? cache : output.resolve(".clones"));
      sources.addAll(fromArgs);
      if (sources.isEmpty()) throw new UsageException("no repositories: name them or give --list FILE");
      Levels levels = levels(config);
      int n = jobs != null ? jobs : Math.min(4, Runtime.getRuntime().availableProcessors());
      if (n < 1) throw new UsageException("--jobs must be at least 1");
      PrintWriter out = spec.commandLine().getOut();
      java.io.PrintStream log = new java.io.PrintStream(new java.io.OutputStream() {
        @Override
        public void write(int b) {
          out.write(b);
        }

        @Override
        public void flush() {
          out.flush();
        }
      }, true, StandardCharsets.UTF_8);
      List<FleetScan.Outcome> outcomes = new FleetScan((dir, reports) -> Main.run("scan", dir.toString(),
          "--format", "json,html", "--output", reports.toString(), "--quiet", "--soft-fail", "--docker", docker),
          n, log).run(dedupe(sources), output);
      Path page = writeDashboard(List.of(output), output.resolve("index.html"), levels);
      long failed = outcomes.stream().filter(o -> !o.scanned()).count();
      out.printf("%d of %d repositories scanned; dashboard: %s%n", outcomes.size() - failed, outcomes.size(), page);
      return failed == 0 ? 0 : ExitCodes.USAGE;
    }

    private static List<FleetSource> dedupe(List<FleetSource> sources) {
      java.util.Set<String> names = new java.util.HashSet<>();
      List<FleetSource> out = new ArrayList<>();
      for (FleetSource s : sources) {
        String name = s.name();
        for (int i = 2; !names.add(name); i++) name = s.name() + "-" + i;
        out.add(new FleetSource(s.spec(), name, s.gitUrl(), s.local(), s.line()));
      }
      return out;
    }
  }

  /** {@code readiness fleet report}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Aggregates readiness JSON reports (files, or directories searched recursively) into one"
          + " self-contained HTML dashboard and a JSON summary: score distribution, levels, per-area figures,"
          + " per-check pass rates, repositories blocked by critical failures, trends, links to each report."})
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "JSON reports or directories holding them.")
    List<Path> reports;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "readiness-fleet.html",
        description = "The dashboard (default: ${DEFAULT-VALUE}); the JSON summary goes beside it (.json).")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "A .readiness.yml whose levels: rank the fleet.")
    Path config;

    @Override
    public Integer call() throws Exception {
      Path page = writeDashboard(reports, output, levels(config));
      spec.commandLine().getOut().println("Fleet dashboard: " + page);
      return 0;
    }
  }

  static Levels levels(Path config) {
    if (config == null) return new Levels(Levels.DEFAULTS);
    if (!Files.isRegularFile(config)) throw new UsageException("config not found: " + config);
    return Levels.from(ConfigLoader.load(config, true).levels());
  }

  /** Reads the reports, writes the page and its JSON twin, and returns the page. */
  static Path writeDashboard(List<Path> inputs, Path page, Levels levels) throws IOException {
    ReportReader reader = new ReportReader();
    List<ScanSummary> scans = reader.read(inputs);
    for (String p : reader.problems()) System.err.println("readiness: " + p);
    if (scans.isEmpty()) throw new UsageException("no readiness JSON reports found in " + inputs);
    FleetDashboard dash = new FleetDashboard(new FleetSummary(scans, levels),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), VersionProvider.version());
    Path dir = page.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.writeString(page, dash.html(dir));
    String name = page.getFileName().toString();
    Path json = page.resolveSibling((name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + ".json");
    Files.writeString(json, dash.json(dir));
    return page;
  }
}
