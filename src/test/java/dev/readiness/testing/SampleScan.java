package dev.readiness.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.baseline.BaselineComparison;
import dev.readiness.baseline.BaselineEntry;
import dev.readiness.baseline.BaselineFile;
import dev.readiness.baseline.BaselineMatcher;
import dev.readiness.baseline.BaselineRecorder;
import dev.readiness.baseline.Fingerprints;
import dev.readiness.baseline.SourceLines;
import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.check.Suppression;
import dev.readiness.gate.GateOptions;
import dev.readiness.gate.GateResult;
import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocument;
import dev.readiness.model.Target;
import dev.readiness.report.Report;
import dev.readiness.report.ReportBuilder;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built check results shaped like the seed audit's stack, for report and scoring tests. */
public final class SampleScan {
  private SampleScan() {}

  public static CheckMetadata meta(String id, String category, Severity severity) {
    return meta(id, "Title of " + id, category, severity, "Do the thing for " + id + ".", false);
  }

  public static CheckMetadata meta(String id, String title, String category, Severity severity, String remediation,
                                   boolean fixable) {
    return new CheckMetadata(id, title, category, severity, "Looks for " + title.toLowerCase() + ".",
        List.of("evidence"), remediation, fixable, null, "policies/" + category + "/x.rego");
  }

  public static CheckResult result(CheckMetadata m, Status status, Double score, Finding... findings) {
    return new CheckResult(m, status, score, List.of(findings), null, null, null, null);
  }

  public static CheckResult pass(CheckMetadata m) { return result(m, Status.PASS, 10.0); }

  public static CheckResult fail(CheckMetadata m, Finding... f) { return result(m, Status.FAIL, 0.0, f); }

  public static CheckResult na(CheckMetadata m) { return result(m, Status.NOT_APPLICABLE, null); }

  public static Finding finding(String message, String file, Integer line, String resource) {
    return new Finding(message, file, line, resource);
  }

  /** A seed-like set of results across all five areas and every status. */
  public static List<CheckResult> results() {
    List<CheckResult> r = new ArrayList<>();
    r.add(pass(meta("infra.compose.present", "A compose file defines the stack", "infrastructure", Severity.HIGH,
        "Generate compose.yaml from the detected services.", true)));
    r.add(result(meta("infra.compose.production-override", "A production compose override exists", "infrastructure",
        Severity.MEDIUM, "Add a production override (compose.prod.yaml).", true), Status.FAIL, 0.0,
        finding("no production override or production compose file", null, null, null)));
    r.add(new CheckResult(meta("infra.dockerfile.coverage", "Every application component has a Dockerfile",
        "infrastructure", Severity.HIGH, "Generate a stack-aware Dockerfile.", true), Status.WARN, 5.0,
        List.of(finding("frontend (vite) is built by compose but has no Dockerfile", "docker-compose.yml", 21,
            "service:frontend")), 1, 2, null, null));
    r.add(pass(meta("infra.compose.networks", "Services join declared networks", "infrastructure", Severity.LOW,
        null, false)));
    r.add(na(meta("infra.proxy", "A reverse proxy fronts the app", "infrastructure", Severity.MEDIUM, null, false)));
    r.add(pass(meta("automation.ci.tests", "CI runs the tests", "automation", Severity.HIGH, null, true)));
    r.add(fail(meta("automation.ci.deploy", "CI deploys on main or tags", "automation", Severity.HIGH,
        "Add a deployment workflow (.github/workflows/deploy.yml).", true),
        finding("no workflow deploys", null, null, null)));
    r.add(fail(meta("automation.deploy.rollback", "A rollback path exists", "automation", Severity.HIGH,
        "Keep the previous image tag and add scripts/rollback.sh.", true),
        finding("deploy.sh replaces the running stack without keeping the previous release", "deploy.sh", 12,
            "script:deploy.sh")));
    r.add(pass(meta("security.network.cors", "CORS is configured safely", "security", Severity.MEDIUM, null, false)));
    r.add(fail(meta("security.container.non-root", "Containers run as a non-root user", "security", Severity.HIGH,
        "Add a non-root USER to the final stage.", true),
        finding("final stage of backend/Dockerfile runs as root", "backend/Dockerfile", 9, "service:backend")));
    r.add(new CheckResult(meta("security.network.waf", "A WAF or rate limit protects the entry point", "security",
        Severity.LOW, null, false), Status.SUPPRESSED, null,
        List.of(finding("no rate limiting on nginx", "nginx/nginx.conf", 1, null)), null, null,
        new Suppression("rate limiting is done by the CDN", LocalDate.of(2027, 3, 1), ".readiness.yml:7"), null));
    r.add(new CheckResult(meta("security.secrets.committed", "No secret is committed", "security", Severity.CRITICAL,
        null, false), Status.ERROR, 0.0, List.of(), null, null, null, "evaluation budget exceeded"));
    r.add(pass(meta("monitoring.healthcheck.endpoint", "Apps expose a health endpoint", "monitoring", Severity.MEDIUM,
        null, false)));
    r.add(new CheckResult(meta("monitoring.metrics", "Metrics are exposed and collected", "monitoring",
        Severity.MEDIUM, "Add a Prometheus scrape config.", true), Status.WARN, 5.0,
        List.of(finding("backend exposes /metrics but nothing scrapes it <script>alert(1)</script> @octocat | `x`",
            "backend/app/main.py", 40, "component:backend")), null, null, null, null));
    r.add(fail(meta("monitoring.logging.centralized", "Logs ship to a central store", "monitoring", Severity.MEDIUM,
        "Add a Loki/Promtail profile.", true)));
    r.add(pass(meta("docs.readme", "A README explains setup and running", "documentation", Severity.MEDIUM, null,
        false)));
    r.add(fail(meta("docs.runbook", "An operational runbook exists", "documentation", Severity.MEDIUM,
        "Write RUNBOOK.md (restore, rollback, incidents).", true)));
    return List.copyOf(r);
  }

  /** An input document with only a target (the scanners' facts are not needed by the writers). */
  public static InputDocument document() {
    return new InputDocument(InputDocument.SCHEMA_VERSION, new Target("/tmp/mvp-stack", "mvp-stack", null, false),
        List.of(), null, List.of(), List.of(), List.of(), null, null, List.of());
  }

  /** The full report of {@link #results()} at a fixed time, for golden files. */
  public static Report report() {
    return report(null);
  }

  /** The sample report of a directory that sits at {@code pathInRepo} inside its git work tree. */
  public static Report report(String pathInRepo) {
    List<CheckResult> results = results();
    Scorecard card = new Scorer().score(results);
    GateOptions gate = new GateOptions(7.0, Map.of(), null, false);
    GateResult decision = new dev.readiness.gate.Gate(gate).evaluate(card, results);
    return new ReportBuilder(new ObjectMapper(), "0.1.0").build("examples/mvp-stack", pathInRepo, document(), results, card,
        gate, decision, List.of(Diagnostic.warning("compose", "docker-compose.override.yml", 3,
            "invalid YAML: mapping values are not allowed here")),
        Instant.parse("2026-11-25T18:00:00Z"), 850);
  }

  /** The one sample finding left out of {@link #baselineComparison()}'s baseline: it is new. */
  public static final String NEW_CHECK = "security.container.non-root";

  /**
   * The sample results compared with a baseline recorded from all of them but {@link #NEW_CHECK}, plus one
   * entry of a now passing check: 1 new finding, 7 baselined items (two of them checks without findings), 1 fixed.
   */
  public static BaselineComparison baselineComparison() {
    Fingerprints fingerprints = new Fingerprints(new SourceLines(Path.of("target", "no-such-repository")));
    List<CheckResult> old = results().stream().filter(r -> !r.metadata().id().equals(NEW_CHECK)).toList();
    BaselineFile recorded = new BaselineRecorder(fingerprints).record(old, "0.1.0", null);
    List<BaselineEntry> entries = new ArrayList<>(recorded.findings());
    entries.add(new BaselineEntry("security.network.cors", "backend/app/main.py", "component:backend", "f".repeat(64), 1));
    BaselineFile baseline = new BaselineFile(1, recorded.tool(), null, entries);
    return new BaselineMatcher(fingerprints).compare(results(), baseline, "readiness-baseline.json");
  }

  /** The sample report compared with {@link #baselineComparison()}, gated with --fail-under 7 --fail-on high. */
  public static Report baselineReport() {
    List<CheckResult> results = results();
    BaselineComparison comparison = baselineComparison();
    Scorecard card = new Scorer().score(results);
    GateOptions gate = new GateOptions(7.0, Map.of(), Severity.HIGH, false);
    GateResult decision = new dev.readiness.gate.Gate(gate).evaluate(card, results, comparison.baselinedChecks());
    return new ReportBuilder(new ObjectMapper(), "0.1.0").build("examples/mvp-stack", null, document(), results, card,
        gate, decision, List.of(), Instant.parse("2026-11-25T18:00:00Z"), 850, comparison);
  }
}
