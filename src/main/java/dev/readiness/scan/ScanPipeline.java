package dev.readiness.scan;

import dev.readiness.discover.Discovery;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.discover.DiscoveryResult;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.FileEntry;
import dev.readiness.model.InputDocument;
import dev.readiness.model.Target;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.compose.ComposeScanner;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.dockerfile.DockerfileScanner;
import dev.readiness.scan.env.EnvFileFacts;
import dev.readiness.scan.env.EnvScanner;
import dev.readiness.scan.repo.RepoFacts;
import dev.readiness.scan.repo.RepoScanner;
import dev.readiness.scan.runtime.RuntimeFacts;
import dev.readiness.scan.runtime.RuntimeScanner;
import dev.readiness.scan.workflow.WorkflowFacts;
import dev.readiness.scan.workflow.WorkflowScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Discovery then every scanner, in dependency order (compose, env, dockerfile, workflow, then repo
 * with their facts, then runtime with compose), assembled into the {@link InputDocument}.
 */
public final class ScanPipeline {
  private final ScanOptions options;

  public ScanPipeline(ScanOptions options) {
    this.options = options;
  }

  /**
   * Scans the root.
   *
   * @throws IllegalArgumentException when the root does not exist or is not a directory
   * @throws UncheckedIOException when the root cannot be walked at all
   */
  public InputDocument run() {
    if (!Files.isDirectory(options.root())) {
      throw new IllegalArgumentException((Files.exists(options.root()) ? "not a directory: " : "path not found: ") + options.root());
    }
    Diagnostics diagnostics = new Diagnostics();
    DiscoveryResult found;
    try {
      found = new Discovery(new DiscoveryOptions(options.root(), options.excludes(), options.sizeCap()), diagnostics).discover();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ScanContext context = new FileScanContext(found.root(), found.files(), found.contents(), diagnostics);
    ComposeFacts compose = new ComposeScanner().scan(context);
    List<EnvFileFacts> env = new EnvScanner().scan(context);
    List<DockerfileFacts> dockerfiles = new DockerfileScanner().scan(context);
    List<WorkflowFacts> workflows = new WorkflowScanner().scan(context);
    RepoFacts repo = new RepoScanner(compose, dockerfiles, workflows).scan(context);
    RuntimeFacts runtime = new RuntimeScanner(options.runtime(), compose).scan(context);
    String name = found.root().getFileName() == null ? found.root().toString() : found.root().getFileName().toString();
    Target target = new Target(found.root().toString(), name, found.git().commit(), found.git().available());
    return new InputDocument(InputDocument.SCHEMA_VERSION, target, entries(context.files()), compose, dockerfiles, env, workflows,
        repo, runtime, diagnostics.sorted());
  }

  private static List<FileEntry> entries(List<SourceFile> files) {
    List<FileEntry> out = new ArrayList<>();
    for (SourceFile f : files) {
      out.add(new FileEntry(f.path(), List.copyOf(f.kinds().stream().sorted().toList()), f.size(), f.tracked(), f.ignored()));
    }
    return out;
  }
}
