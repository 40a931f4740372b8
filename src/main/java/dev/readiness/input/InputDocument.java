package dev.readiness.input;

import dev.readiness.model.Diagnostic;
import dev.readiness.model.FileEntry;
import dev.readiness.model.Target;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.env.EnvFileFacts;
import dev.readiness.scan.repo.RepoFacts;
import dev.readiness.scan.runtime.RuntimeFacts;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.List;

/**
 * Everything the scanners found in one repository: the only thing policies see ({@code input}).
 * Its JSON shape is documented in docs/input-document.md and docs/discovery.md.
 */
public record InputDocument(
    int schemaVersion,
    Target target,
    List<FileEntry> files,
    ComposeFacts compose,
    List<DockerfileFacts> dockerfiles,
    List<EnvFileFacts> envFiles,
    List<WorkflowFacts> workflows,
    RepoFacts repo,
    RuntimeFacts runtime,
    List<Diagnostic> diagnostics) {

  public static final int SCHEMA_VERSION = 1;
}
