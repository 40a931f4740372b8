package dev.readiness.fix;

import dev.readiness.assess.ScanBackend;
import dev.readiness.assess.ScanService;
import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckSelection;
import dev.readiness.config.ReadinessConfig;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.fix.stack.StackMapper;
import dev.readiness.input.InputDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Scans a repository through the {@link ScanService} {@code readiness scan} uses (the repository's
 * .readiness.yml, its excludes and suppressions, the built-in checks, the scorer) and maps the facts to the fix's
 * {@link dev.readiness.fix.stack.Stack}. The Docker engine is not consulted: fixes are about files.
 */
public final class ScanAssessor implements Assessment.Assessor, AutoCloseable {
  private final ScanService service = ScanService.standard();
  private final ScanBackend.Checks checks = service.load(true, List.of(), List.of());

  @Override
  public Assessment assess(Path root, List<String> exclude) {
    ReadinessConfig config = ScanService.config(root, null);
    InputDocument doc = service.document(root, ScanService.excludes(config, exclude), DiscoveryOptions.DEFAULT_SIZE_CAP, "off", null);
    ScanService.Outcome outcome = service.evaluate(checks, doc, config, CheckSelection.all(), LocalDate.now(ZoneOffset.UTC));
    return new Assessment(StackMapper.from(doc), outcome.results(), outcome.scorecard(), outcome.diagnostics());
  }

  /** The checks each assessment runs. */
  public List<CheckMetadata> checks() {
    return checks.catalog();
  }

  @Override
  public void close() {
    checks.close();
  }
}
