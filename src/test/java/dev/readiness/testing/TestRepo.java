package dev.readiness.testing;

import dev.readiness.discover.Discovery;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.discover.DiscoveryResult;
import dev.readiness.discover.GitProbe;
import dev.readiness.discover.GitState;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.Diagnostics;
import dev.readiness.scan.FileScanContext;
import dev.readiness.scan.ScanContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A small repository written by a test, discovered and wrapped in a scan context. */
public final class TestRepo {
  private final Path root;
  private final Diagnostics diagnostics = new Diagnostics();
  private List<String> excludes = List.of();
  private long sizeCap = DiscoveryOptions.DEFAULT_SIZE_CAP;
  private boolean useGit;
  private DiscoveryResult result;

  public TestRepo(Path root) { this.root = root; }

  public Path root() { return root; }

  public TestRepo file(String path, String text) { return bytes(path, text.getBytes(StandardCharsets.UTF_8)); }

  public TestRepo bytes(String path, byte[] content) {
    try {
      Path p = root.resolve(path);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestRepo excludes(String... globs) {
    excludes = List.of(globs);
    return this;
  }

  public TestRepo sizeCap(long cap) {
    sizeCap = cap;
    return this;
  }

  /** Use the real git probe (the repo must be initialized with {@link #gitInit()}). */
  public TestRepo withGit() {
    useGit = true;
    return this;
  }

  /** Whether a git executable answers. */
  public static boolean gitAvailable() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** git init + add + commit of what is there now. */
  public TestRepo gitInit() {
    run("git", "init", "-q", ".");
    run("git", "add", "-A");
    run("git", "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "init", "--allow-empty");
    return withGit();
  }

  public void run(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public DiscoveryResult discover() {
    if (result == null) {
      GitProbe probe = useGit ? new GitProbe() : new GitProbe() {
        @Override
        public Result probe(Path r) { return new Result(GitState.none(), "disabled in test"); }
      };
      try {
        result = new Discovery(new DiscoveryOptions(root, excludes, sizeCap), diagnostics, probe).discover();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  public ScanContext context() {
    DiscoveryResult r = discover();
    return new FileScanContext(r.root(), r.files(), r.contents(), diagnostics);
  }

  public List<Diagnostic> diagnostics() { return diagnostics.sorted(); }

  /** The diagnostics about one file, as "level: message" strings. */
  public List<String> diagnosticsFor(String file) {
    return diagnostics.sorted().stream().filter(d -> file.equals(d.file())).map(d -> d.level() + ": " + d.message()).toList();
  }
}
