package dev.readiness.cli;

import dev.readiness.assess.ScanBackend;
import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocument;
import dev.readiness.testing.SampleScan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A scan backend returning the sample results, recording what scan asked of it. */
final class FakeBackend implements ScanBackend {
  final List<CheckResult> results;
  List<String> exclude;
  List<Path> policyDirs;
  boolean builtin;
  boolean closed;

  FakeBackend() { this(SampleScan.results()); }

  FakeBackend(List<CheckResult> results) { this.results = results; }

  @Override
  public InputDocument document(Path root, List<String> exclude, long sizeCap, String docker, String dockerHost) {
    this.exclude = exclude;
    return SampleScan.document();
  }

  @Override
  public Checks load(boolean builtin, List<Path> policyDirs, List<Path> bundles) {
    this.builtin = builtin;
    this.policyDirs = policyDirs;
    return new Checks() {
      @Override
      public List<CheckMetadata> catalog() {
        List<CheckMetadata> out = new ArrayList<>();
        for (CheckResult r : results) out.add(r.metadata());
        return out;
      }

      @Override
      public Evaluation run(InputDocument document) {
        return new Evaluation(results, List.of(Diagnostic.error("policy", "policies/x.rego", null, "check x failed")));
      }

      @Override
      public void close() { closed = true; }
    };
  }
}
