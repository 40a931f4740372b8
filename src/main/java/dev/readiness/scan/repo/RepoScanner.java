package dev.readiness.scan.repo;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.List;

/** Placeholder: docs, scripts, migrations, proxies, monitoring, components and source signals (owned by the scanners work). */
public final class RepoScanner implements Scanner<RepoFacts> {
  public RepoScanner(ComposeFacts compose, List<DockerfileFacts> dockerfiles, List<WorkflowFacts> workflows) {}

  @Override
  public RepoFacts scan(ScanContext context) { return new RepoFacts(null); }
}
