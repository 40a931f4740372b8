package dev.readiness.fix.remediation;

import dev.readiness.fix.ProcessRunner;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repository conventions generated files must follow: the default branch (from the branches the
 * existing workflows build, else git's origin/HEAD) and the action pinning style (commit SHAs when
 * every existing action is SHA-pinned, with the SHAs the repository already uses).
 */
final class RepoFacts {
  /** Tags readiness's workflow templates use when the repository pins by tag (or has no actions yet). */
  static final Map<String, String> TAGS = Map.of(
      "actions/checkout", "v4",
      "docker/setup-buildx-action", "v3",
      "docker/metadata-action", "v5",
      "docker/build-push-action", "v6",
      "docker/login-action", "v3",
      "aquasecurity/trivy-action", "0.28.0");

  private RepoFacts() {}

  /** The default branch, if a fact establishes it. */
  static Optional<String> defaultBranch(Stack stack, Workspace ws) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Stack.Workflow w : stack.workflows()) for (String b : w.branches()) votes.merge(b, 1, Integer::sum);
    Optional<String> voted = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (voted.isPresent()) return voted;
    try {
      ProcessRunner.Result r = new ProcessRunner(10).run(ws.root(), List.of("git", "symbolic-ref", "--short", "refs/remotes/origin/HEAD"));
      if (r.ok() && r.output().strip().startsWith("origin/")) return Optional.of(r.output().strip().substring("origin/".length()));
    } catch (IOException e) {
      // No git: the branch stays unknown.
    }
    return Optional.empty();
  }

  /** Whether the repository pins every action it uses to a commit SHA (and uses at least one). */
  static boolean shaPinned(Stack stack) {
    int used = 0;
    int pinned = 0;
    for (Stack.Workflow w : stack.workflows()) {
      used += w.actions().size();
      pinned += w.pinnedActions();
    }
    return used > 0 && pinned == used;
  }

  /**
   * The {@code uses:} value of each action the template needs, in the repository's pinning style; the
   * actions that have no known commit SHA when SHAs are required are returned in {@code missing}.
   */
  static Map<String, String> uses(Stack stack, List<String> missing) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean sha = shaPinned(stack);
    for (Map.Entry<String, String> e : TAGS.entrySet()) {
      if (!sha) {
        out.put(e.getKey(), e.getKey() + "@" + e.getValue());
        continue;
      }
      String known = null;
      for (Stack.Workflow w : stack.workflows()) {
        for (String a : w.actions()) {
          int at = a.lastIndexOf('@');
          if (a.substring(0, at).equals(e.getKey()) && a.substring(at + 1).matches("[0-9a-f]{40}")) known = a;
        }
      }
      if (known != null) out.put(e.getKey(), known);
      else missing.add(e.getKey() + "@" + e.getValue());
    }
    return out;
  }
}
