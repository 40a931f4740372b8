package dev.readiness.cli;

import dev.readiness.assess.ScanService;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.input.InputDocument;
import dev.readiness.input.InputDocuments;
import dev.readiness.usage.UsageException;
import dev.readiness.scan.runtime.RuntimeOptions;
import dev.readiness.scan.runtime.RuntimeUnavailableException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code readiness inspect}: prints the input document the policies see, like {@code conftest parse}. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the normalized input document the policies see (every fact with file and line).",
        "Secret values never appear: env values are reduced to kinds."},
    footer = {"", "Exit codes: 0 printed, 2 bad usage or missing path, 3 internal error."})
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH", description = "Repository to inspect (default: ${DEFAULT-VALUE}).")
  Path path;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|yaml", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin ExcludeOptions exclude = new ExcludeOptions();

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose exclude: globs apply (default: PATH/.readiness.yml when present).")
  Path config;

  @Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--max-file-size", defaultValue = "" + DiscoveryOptions.DEFAULT_SIZE_CAP, paramLabel = "BYTES",
      description = "Skip files larger than this, with a diagnostic (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Override
  public Integer call() {
    if (!format.equals("json") && !format.equals("yaml")) throw new UsageException("--format must be json or yaml, not '" + format + "'");
    String docker = engine.docker();
    List<String> excludes = exclude.globs();
    if (maxFileSize <= 0) throw new UsageException("--max-file-size must be positive");
    Path root = ScanService.directory(path.toString());
    List<String> allExcludes = ScanService.excludes(ScanService.config(root, config), excludes);
    InputDocument doc;
    try {
      doc = ScanService.standard().document(root, allExcludes, maxFileSize, engine.docker(), engine.dockerHost());
    } catch (IllegalArgumentException | RuntimeUnavailableException e) {
      // --docker on without an engine, or a path that vanished: the user's input, not a bug.
      throw new UsageException(e.getMessage(), e);
    }
    spec.commandLine().getOut().print(format.equals("yaml") ? InputDocuments.toYaml(doc) : InputDocuments.toJson(doc));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
