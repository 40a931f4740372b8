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
    return List.copyOf(withLocalReusableWorkflows(withRepoScripts(out, context)));
  }

  private static final java.util.regex.Pattern SCRIPT_CALL = java.util.regex.Pattern.compile(
      "(?:^|[\\s;&|(])(?:(?:ba)?sh\\s+)?(\\./[\\w./-]+|(?:[\\w-]+/)+[\\w.-]+\\.(?:sh|bash))(?:[ \\t]+([\\w:.-]+))?", java.util.regex.Pattern.MULTILINE);
  private static final java.util.regex.Pattern FUNCTION = java.util.regex.Pattern.compile(
      "(?m)^\\s*(?:function\\s+([\\w:.-]+)\\s*(?:\\(\\s*\\))?|([\\w:.-]+)\\s*\\(\\s*\\))\\s*\\{");

  /**
   * A CI step that runs a script of the repository ({@code ./run ci:test}, {@code bash scripts/ci.sh})
   * does what that script does: the step takes the intents of the script's text, or of the function the
   * step names and the functions it calls (three levels), so a test/lint/build driven through a task
   * script counts like the same commands written in the workflow.
   */
  static List<WorkflowFacts> withRepoScripts(List<WorkflowFacts> workflows, ScanContext context) {
    java.util.Map<String, SourceFile> byPath = new java.util.HashMap<>();
    for (SourceFile f : context.files()) byPath.put(f.path(), f);
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    List<WorkflowFacts> out = new ArrayList<>();
    for (WorkflowFacts w : workflows) {
      boolean changed = false;
      java.util.Set<String> workflowIntents = new java.util.LinkedHashSet<>(w.intents());
      List<WorkflowFacts.Job> jobs = new ArrayList<>();
      for (WorkflowFacts.Job j : w.jobs()) {
        java.util.Set<String> jobIntents = new java.util.LinkedHashSet<>(j.intents());
        List<WorkflowFacts.Step> steps = new ArrayList<>();
        boolean jobChanged = false;
        for (WorkflowFacts.Step st : j.steps()) {
          java.util.Set<String> extra = st.run() == null ? java.util.Set.of() : scriptIntents(st.run(), st.workingDirectory(), byPath, texts, context);
          if (extra.isEmpty() || st.intents().containsAll(extra)) {
            steps.add(st);
            continue;
          }
          java.util.Set<String> intents = new java.util.LinkedHashSet<>(st.intents());
          intents.addAll(extra);
          steps.add(new WorkflowFacts.Step(st.name(), st.line(), st.uses(), st.run(), Intents.ordered(intents), st.workingDirectory()));
          jobIntents.addAll(extra);
          jobChanged = true;
        }
        if (!jobChanged) {
          jobs.add(j);
          continue;
        }
        workflowIntents.addAll(jobIntents);
        jobs.add(new WorkflowFacts.Job(j.id(), j.name(), j.line(), j.runsOn(), j.permissions(), j.environment(), j.services(), j.needs(),
            j.condition(), Intents.ordered(jobIntents), List.copyOf(steps), j.stage(), j.uses()));
        changed = true;
      }
      out.add(!changed ? w : new WorkflowFacts(w.file(), w.provider(), w.name(), w.line(), w.triggers(), w.permissions(), List.copyOf(jobs),
          Intents.ordered(workflowIntents), w.secretsReferenced(), w.pullRequestTarget(), w.checksOutPrHead(), w.composeFiles()));
    }
    return out;
  }

  private static java.util.Set<String> scriptIntents(String run, String workingDirectory, java.util.Map<String, SourceFile> byPath,
      java.util.Map<String, String> texts, ScanContext context) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    java.util.regex.Matcher m = SCRIPT_CALL.matcher(run);
    while (m.find()) {
      String path = m.group(1).replaceFirst("^\\./", "");
      if (workingDirectory != null && !workingDirectory.isBlank() && !workingDirectory.equals(".")) {
        path = workingDirectory.replaceFirst("^\\./", "").replaceFirst("/$", "") + "/" + path;
      }
      SourceFile f = byPath.get(path);
      if (f == null) continue;
      String text = texts.computeIfAbsent(path, k -> context.read(f).orElse(""));
      out.addAll(Intents.ofCommand(functionText(text, m.group(2))));
    }
    return out;
  }

  /** The body of the named shell function and of the functions it calls (three levels), else the whole text. */
  static String functionText(String text, String name) {
    java.util.Map<String, String> bodies = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher f = FUNCTION.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (f.find()) {
      starts.add(new int[] {f.start(), f.end()});
      names.add(f.group(1) != null ? f.group(1) : f.group(2));
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      bodies.put(names.get(i), text.substring(starts.get(i)[1], end));
    }
    if (name == null || !bodies.containsKey(name)) return text;
    StringBuilder sb = new StringBuilder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> level = List.of(name);
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String n : level) {
        if (!seen.add(n)) continue;
        String body = bodies.get(n);
        sb.append(body).append('\n');
        for (String other : bodies.keySet()) {
          if (!seen.contains(other) && java.util.regex.Pattern.compile("(?m)(?:^|[\\s;&|(])" + java.util.regex.Pattern.quote(other) + "(?:\\s|$|;)").matcher(body).find()) next.add(other);
        }
      }
      level = next;
    }
    return sb.toString();
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
