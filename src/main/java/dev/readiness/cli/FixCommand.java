package dev.readiness.cli;

import dev.readiness.fix.engine.FixRunner;
import dev.readiness.fix.engine.Planner;
import dev.readiness.assess.ScanService;
import dev.readiness.fix.ScanAssessor;
import dev.readiness.usage.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness fix}: plans remediations for the failing checks, prints them as diffs, and writes them with --apply. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Fix what scan finds: plan generated files and patches, show them as diffs, write them with --apply.",
      "",
      "Generated files (Dockerfiles, compose.prod.yaml, workflows, scripts, env",
      "files, docs) and minimal patches of existing ones are shown as unified",
      "diffs. --apply writes the safe ones",
      "atomically (all or nothing; unsafe ones need --unsafe), verifies them",
      "(Compose v2 config, shellcheck, bash -n, actionlint, hadolint, the readiness",
      "parsers), re-scans, and rolls everything back when verification fails or",
      "any check got worse; then prints the score per area before and after and",
      "what a person must still do. A second run changes nothing.",
      "",
      "Exit codes: 0 ok, 2 usage error or a refused change (see --force),",
      "3 verification failed or a check got worse (the tree is restored)."
    })
public final class FixCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Repository root (default: .).")
  Path path = Path.of(".");

  @Option(names = "--apply", description = "Write the changes (without it nothing is written).")
  boolean apply;

  @Mixin CheckSelectionOptions selection = new CheckSelectionOptions();

  @Option(names = "--unsafe", description = "Also apply unsafe remediations (they change how existing code, images or automation behave; the plan says why each is unsafe).")
  boolean unsafe;

  @Option(names = "--force", description = "Overwrite existing files the fix did not generate.")
  boolean force;

  @Option(names = "--backup", paramLabel = "DIR", description = "Copy the originals of modified files into DIR first.")
  Path backup;

  @Mixin ExcludeOptions exclude = new ExcludeOptions();

  @Option(names = "--no-diff", description = "Print the plan without the unified diffs.")
  boolean noDiff;

  @Override
  public Integer call() throws IOException {
    ScanService.directory(path.toString());
    if (backup != null && Files.exists(backup) && !Files.isDirectory(backup)) throw new UsageException("--backup: not a directory: " + backup);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FixRunner.Outcome outcome;
    try (ScanAssessor assessor = new ScanAssessor()) {
      FixRunner.Options options = new FixRunner.Options(path.toAbsolutePath().normalize(), apply,
          selection.validated(assessor.checks()), unsafe, force,
          backup == null ? null : backup.toAbsolutePath().normalize(), exclude.globs(), !noDiff);
      outcome = FixRunner.standard(assessor).run(options, out, err);
    }
    out.flush();
    err.flush();
    return outcome.exitCode();
  }
}
