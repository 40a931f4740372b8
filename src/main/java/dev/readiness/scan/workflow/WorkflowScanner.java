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
    return List.copyOf(out);
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
