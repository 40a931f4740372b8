package dev.readiness.input;

import dev.readiness.concurrent.Background;
import dev.readiness.discover.Discovery;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.discover.DiscoveryResult;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.model.FileEntry;
import dev.readiness.model.Target;
import dev.readiness.scan.Diagnostics;
import dev.readiness.scan.FileScanContext;
import dev.readiness.scan.ScanContext;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    if (found.files().isEmpty()) {
      // Every check then judges an empty tree: say so, rather than let "no compose file" read as the finding.
      diagnostics.accept(Diagnostic.warning("discover", null, null, "nothing found: " + options.root()
          + " holds no file to read (an empty directory, or everything is excluded or ignored); the scores only say what is missing"));
    }
    ScanContext context = new FileScanContext(found.root(), found.files(), found.contents(), diagnostics);
    // Two lanes for the two cores: the scanners are pure and the context is thread-safe; every list
    // they return and the diagnostics are ordered, so the document does not depend on timing.
    ExecutorService lanes = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "readiness-scan");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletableFuture<ComposeFacts> composeF = CompletableFuture.supplyAsync(() -> new ComposeScanner().scan(context), lanes);
      CompletableFuture<List<DockerfileFacts>> dockerF = CompletableFuture.supplyAsync(() -> new DockerfileScanner().scan(context), lanes);
      CompletableFuture<List<EnvFileFacts>> envF = composeF.thenApplyAsync(c -> new EnvScanner().scan(context), lanes);
      CompletableFuture<List<WorkflowFacts>> workflowF = dockerF.thenApplyAsync(d -> new WorkflowScanner().scan(context), lanes);
      ComposeFacts compose = Background.await(composeF);
      List<DockerfileFacts> dockerfiles = Background.await(dockerF);
      List<WorkflowFacts> workflows = Background.await(workflowF);
      CompletableFuture<RuntimeFacts> runtimeF =
          CompletableFuture.supplyAsync(() -> new RuntimeScanner(options.runtime(), compose).scan(context), lanes);
      RepoFacts repo = new RepoScanner(compose, dockerfiles, workflows).scan(context);
      List<EnvFileFacts> env = Background.await(envF);
      RuntimeFacts runtime = Background.await(runtimeF);
      return document(found, context, compose, dockerfiles, env, workflows, repo, runtime, diagnostics);
    } finally {
      lanes.shutdownNow();
    }
  }

  private static InputDocument document(DiscoveryResult found, ScanContext context, ComposeFacts compose,
      List<DockerfileFacts> dockerfiles, List<EnvFileFacts> env, List<WorkflowFacts> workflows, RepoFacts repo,
      RuntimeFacts runtime, Diagnostics diagnostics) {
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
