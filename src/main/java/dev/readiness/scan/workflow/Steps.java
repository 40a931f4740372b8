package dev.readiness.scan.workflow;

import dev.readiness.model.ImageReference;
import dev.readiness.scan.SecretPatterns;
import dev.readiness.scan.shell.ComposeCommand;
import dev.readiness.scan.workflow.WorkflowFacts.Job;
import dev.readiness.scan.workflow.WorkflowFacts.Permissions;
import dev.readiness.scan.workflow.WorkflowFacts.Step;
import dev.readiness.scan.workflow.WorkflowFacts.Trigger;
import dev.readiness.scan.workflow.WorkflowFacts.Uses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Building blocks shared by the provider readers: steps with intents, jobs with aggregated intents, the workflow record. */
final class Steps {
  private static final int MAX_RUN = 4000;
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern SECRET_REF = Pattern.compile("\\$\\{\\{\\s*secrets\\s*(?:\\.\\s*([A-Za-z0-9_-]+)|\\[\\s*'([^']+)'\\s*\\])");

  private Steps() {}

  static Step step(String name, int line, Uses uses, String run, Set<String> extraIntents) {
    return step(name, line, uses, run, extraIntents, null);
  }

  static Step step(String name, int line, Uses uses, String run, Set<String> extraIntents, String workingDirectory) {
    Set<String> intents = new LinkedHashSet<>(extraIntents);
    if (run != null) intents.addAll(Intents.ofCommand(run));
    if (uses != null) intents.addAll(Intents.ofAction(uses.action()));
    if (name != null) intents.addAll(Intents.ofName(name));
    return new Step(name, line, uses, run == null ? null : shown(run), Intents.ordered(intents), workingDirectory);
  }

  static Job job(String id, String name, int line, String runsOn, Permissions permissions, String environment,
      List<String> services, List<String> needs, String condition, List<Step> steps, String stage, Uses uses,
      Set<String> extraIntents) {
    Set<String> intents = new LinkedHashSet<>(extraIntents);
    for (Step s : steps) intents.addAll(s.intents());
    intents.addAll(Intents.ofName(id));
    if (name != null) intents.addAll(Intents.ofName(name));
    if (environment != null && !environment.isBlank()) intents.add(Intents.DEPLOY);
    if (uses != null) {
      intents.addAll(Intents.ofAction(uses.action()));
      String file = uses.action().substring(uses.action().lastIndexOf('/') + 1).replaceAll("\\.ya?ml$", "").replace('-', ' ');
      intents.addAll(Intents.ofName(file));
    }
    return new Job(id, name, line, runsOn, permissions, environment, List.copyOf(services), List.copyOf(needs), condition,
        Intents.ordered(intents), List.copyOf(steps), stage, uses);
  }

  static WorkflowFacts workflow(String file, String provider, String name, String text, List<Trigger> triggers,
      Permissions permissions, List<Job> jobs, boolean prTarget, boolean prHead) {
    Set<String> intents = new LinkedHashSet<>();
    Set<String> compose = new LinkedHashSet<>();
    for (Job j : jobs) {
      intents.addAll(j.intents());
      for (Step s : j.steps()) {
        if (s.run() == null) continue;
        for (ComposeCommand c : ComposeCommand.find(s.run(), s.line())) compose.addAll(c.files());
      }
    }
    return new WorkflowFacts(file, provider, name, 1, List.copyOf(triggers), permissions, List.copyOf(jobs),
        Intents.ordered(intents), secretsReferenced(text), prTarget, prHead, List.copyOf(compose));
  }

  static List<String> secretsReferenced(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = SECRET_REF.matcher(text);
    while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
    out.remove("GITHUB_TOKEN");
    return List.copyOf(out);
  }

  /** Parses a GitHub {@code uses:} value. */
  static Uses githubUses(String value) {
    String v = value.strip();
    if (v.startsWith("./") || v.startsWith("../")) return new Uses(v, null, false, false, "local");
    if (v.startsWith("docker://")) {
      ImageReference image = ImageReference.parse(v.substring("docker://".length()));
      String ref = image == null ? null : image.digest();
      return new Uses(v, ref, ref != null && ref.startsWith("sha256:"), true, "docker");
    }
    int at = v.lastIndexOf('@');
    String action = at >= 0 ? v.substring(0, at) : v;
    String ref = at >= 0 ? v.substring(at + 1) : null;
    String owner = action.contains("/") ? action.substring(0, action.indexOf('/')).toLowerCase(Locale.ROOT) : action;
    boolean firstParty = owner.equals("actions") || owner.equals("github");
    return new Uses(action, ref, ref != null && SHA.matcher(ref).matches(), !firstParty, "action");
  }

  static String shown(String run) {
    String masked = SecretPatterns.mask(run);
    return masked.length() <= MAX_RUN ? masked : masked.substring(0, MAX_RUN) + "…";
  }

  static List<String> list(List<String> in) {
    return new ArrayList<>(in);
  }
}
