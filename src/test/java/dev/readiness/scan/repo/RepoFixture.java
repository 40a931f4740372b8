package dev.readiness.scan.repo;

import dev.readiness.scan.TestScanContext;
import dev.readiness.scan.ValueKinds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the repo scanner over a few files written to a temp dir. */
final class RepoFixture {
  private RepoFixture() {}

  static RepoFacts scan(Path dir, Map<String, String> files) {
    return scan(dir, files, ComposeView.empty());
  }

  static RepoFacts scan(Path dir, Map<String, String> files, ComposeView compose) {
    TestScanContext ctx = TestScanContext.of(dir, files);
    return new RepoScanner(compose, List.of(), List.of(), (k, v) -> ValueKinds.classify(k, v).id()).scan(ctx);
  }
}
