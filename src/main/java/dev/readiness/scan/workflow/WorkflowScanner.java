package dev.readiness.scan.workflow;

import dev.readiness.discover.SourceFile;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CI definitions (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines, Bitbucket, Jenkins) → jobs, steps and intents.
 * Files are chosen by path (the provider's conventional names), whatever kind discovery gave them.
 */
public final class WorkflowScanner implements Scanner<List<WorkflowFacts>> {

  @Override
  public List<WorkflowFacts> scan(ScanContext context) {
    List<WorkflowFacts> out = new ArrayList<>();
    for (SourceFile f : context.files()) {
      CiReader reader = readerFor(f.path());
      if (reader == null) continue;
      Optional<String> text = context.read(f);
      if (text.isEmpty()) continue;
      WorkflowFacts facts = reader.read(f.path(), text.get(), context::diagnose);
      if (facts != null) out.add(facts);
    }
    return List.copyOf(withLocalReusableWorkflows(out));
  }

  /**
   * A job that calls a reusable workflow of this repository ({@code uses: ./.github/workflows/x.yml})
   * does what that workflow does: it takes the called workflow's intents (one level, which covers the
   * usual caller → callee chain; the callee is also reported as a workflow of its own).
   */
  static List<WorkflowFacts> withLocalReusableWorkflows(List<WorkflowFacts> workflows) {
    java.util.Map<String, WorkflowFacts> byFile = new java.util.HashMap<>();
    for (WorkflowFacts w : workflows) byFile.put(w.file(), w);
    List<WorkflowFacts> out = new ArrayList<>();
    for (WorkflowFacts w : workflows) {
      boolean changed = false;
      List<WorkflowFacts.Job> jobs = new ArrayList<>();
      java.util.Set<String> workflowIntents = new java.util.LinkedHashSet<>(w.intents());
      for (WorkflowFacts.Job j : w.jobs()) {
        WorkflowFacts callee = j.uses() != null && "local".equals(j.uses().kind())
            ? byFile.get(j.uses().action().replaceFirst("^\\./", "").replaceFirst("@.*$", "")) : null;
        if (callee == null || callee == w || j.intents().containsAll(callee.intents())) {
          jobs.add(j);
          continue;
        }
        java.util.Set<String> intents = new java.util.LinkedHashSet<>(j.intents());
        intents.addAll(callee.intents());
        workflowIntents.addAll(callee.intents());
        jobs.add(new WorkflowFacts.Job(j.id(), j.name(), j.line(), j.runsOn(), j.permissions(), j.environment(), j.services(), j.needs(),
            j.condition(), Intents.ordered(intents), j.steps(), j.stage(), j.uses()));
        changed = true;
      }
      out.add(!changed ? w : new WorkflowFacts(w.file(), w.provider(), w.name(), w.line(), w.triggers(), w.permissions(), List.copyOf(jobs),
          Intents.ordered(workflowIntents), w.secretsReferenced(), w.pullRequestTarget(), w.checksOutPrHead(), w.composeFiles()));
    }
    return out;
  }

  /** The CI provider a path belongs to, or null. */
  public static String provider(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    String name = p.substring(p.lastIndexOf('/') + 1);
    if (p.startsWith(".github/workflows/") && (name.endsWith(".yml") || name.endsWith(".yaml")) && p.indexOf('/', 18) < 0) return "github";
    if (name.endsWith(".gitlab-ci.yml") || name.equals(".gitlab-ci.yaml")) return "gitlab";
    if (p.equals(".circleci/config.yml") || p.equals(".circleci/config.yaml")) return "circleci";
    if (name.equals("azure-pipelines.yml") || name.equals("azure-pipelines.yaml") || name.endsWith(".azure-pipelines.yml")
        || p.startsWith(".azure-pipelines/") || p.startsWith(".azuredevops/")) return "azure";
    if (name.equals("bitbucket-pipelines.yml")) return "bitbucket";
    if (name.equals("jenkinsfile") || name.startsWith("jenkinsfile.") || name.endsWith(".jenkinsfile")) return "jenkins";
    return null;
  }

  private static CiReader readerFor(String path) {
    String provider = provider(path);
    if (provider == null) return null;
    switch (provider) {
      case "github": return new GithubActionsReader();
      case "gitlab": return new GitlabCiReader();
      case "circleci": return new CircleCiReader();
      case "azure": return new AzurePipelinesReader();
      case "bitbucket": return new BitbucketReader();
      default: return new JenkinsfileReader();
    }
  }
}
