package dev.readiness.discover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Asks the {@code git} executable, once per scan, which files are tracked and ignored under the
 * root. Anything going wrong (no git, not a work tree, untrusted directory) means "no git" and the
 * walk falls back to parsing .gitignore files itself. Not final so tests can stand in for git.
 */
public class GitProbe {
  private static final long TIMEOUT_SECONDS = 60;

  /** The outcome plus why git was not used (null when it was). */
  public record Result(GitState state, String reason) {}

  /** Probes git for the root. */
  public Result probe(Path root) {
    // One rev-parse answers three questions; a repository without commits makes HEAD fail, so ask again without it.
    String head = run(root, "rev-parse", "--is-inside-work-tree", "--show-prefix", "HEAD");
    String commit = null;
    String[] lines;
    if (head != null) {
      lines = head.split("\n", -1);
      commit = lines.length > 2 && lines[2].strip().matches("[0-9a-f]{40,64}") ? lines[2].strip() : null;
    } else {
      String noHead = run(root, "rev-parse", "--is-inside-work-tree", "--show-prefix");
      if (noHead == null) return new Result(GitState.none(), "git is not installed or the path is not a git work tree");
      lines = noHead.split("\n", -1);
    }
    if (lines.length < 2 || !lines[0].strip().equals("true")) return new Result(GitState.none(), "not inside a git work tree");
    String prefix = lines[1].strip();
    String tracked = run(root, "ls-files", "-z", "--full-name", "--cached");
    String ignored = run(root, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory");
    if (tracked == null || ignored == null) return new Result(GitState.none(), "git ls-files failed");
    Set<String> trackedSet = new HashSet<>();
    for (String p : tracked.split("\u0000")) {
      // --full-name gives paths from the top of the work tree; keep those under the scanned root.
      if (!p.isEmpty() && p.startsWith(prefix)) trackedSet.add(p.substring(prefix.length()));
    }
    Set<String> files = new HashSet<>();
    Set<String> dirs = new HashSet<>();
    for (String p : ignored.split("\u0000")) {
      if (p.isEmpty()) continue;
      // Without --full-name, ls-files prints paths relative to the current directory (the root).
      if (p.endsWith("/")) dirs.add(p.substring(0, p.length() - 1));
      else files.add(p);
    }
    return new Result(new GitState(true, commit, Set.copyOf(trackedSet), Set.copyOf(files), Set.copyOf(dirs)), null);
  }

  /** Runs git in the root; its standard output, or null on any failure. */
  public String run(Path root, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-C");
    cmd.add(root.toString());
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      byte[] out = readAll(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    return buf.toByteArray();
  }
}
