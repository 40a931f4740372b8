package dev.readiness.scan.workflow;

import static dev.readiness.scan.workflow.YamlNodes.get;
import static dev.readiness.scan.workflow.YamlNodes.items;
import static dev.readiness.scan.workflow.YamlNodes.line;
import static dev.readiness.scan.workflow.YamlNodes.strings;
import static dev.readiness.scan.workflow.YamlNodes.text;

import dev.readiness.model.Diagnostic;
import dev.readiness.scan.workflow.WorkflowFacts.Job;
import dev.readiness.scan.workflow.WorkflowFacts.Step;
import dev.readiness.scan.workflow.WorkflowFacts.Trigger;
import dev.readiness.scan.workflow.WorkflowFacts.Uses;
import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;

/** Azure Pipelines: stages → jobs/deployments → steps (script/bash/pwsh/task), trigger/pr/schedules. */
final class AzurePipelinesReader implements CiReader {
  private static final List<String> SCRIPT_KEYS = List.of("script", "bash", "pwsh", "powershell");

  @Override
  public WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics) {
    List<Node> docs = YamlLoader.load(text, "workflow", file, diagnostics);
    if (docs.isEmpty()) return null;
    Node root = docs.get(0);
    if (!YamlNodes.isMap(root)) return null;
    List<Job> jobs = new ArrayList<>();
    if (get(root, "stages") != null) {
      for (Node stage : items(get(root, "stages"))) {
        String stageName = text(stage, "stage");
        for (Node j : items(get(stage, "jobs"))) jobs.add(job(j, stageName, text(stage, "condition")));
      }
    } else if (get(root, "jobs") != null) {
      for (Node j : items(get(root, "jobs"))) jobs.add(job(j, null, null));
    } else if (get(root, "steps") != null) {
      jobs.add(Steps.job("default", null, line(get(root, "steps")), pool(root), null, null, List.of(), List.of(), null,
          steps(get(root, "steps")), null, null, Set.of()));
    }
    return Steps.workflow(file, "azure", text(root, "name"), text, triggers(root), null, jobs, false, false);
  }

  private static Job job(Node j, String stage, String stageCondition) {
    boolean deployment = text(j, "deployment") != null;
    String id = deployment ? text(j, "deployment") : text(j, "job");
    Node stepsNode = get(j, "steps");
    if (stepsNode == null) {
      Node strategy = get(j, "strategy");
      for (String s : List.of("runOnce", "rolling", "canary")) {
        Node deploy = get(get(get(strategy, s), "deploy"), "steps");
        if (deploy != null) { stepsNode = deploy; break; }
      }
    }
    Node env = get(j, "environment");
    String environment = text(env) != null ? text(env) : text(env, "name");
    String condition = text(j, "condition") != null ? text(j, "condition") : stageCondition;
    Set<String> extra = new LinkedHashSet<>();
    if (deployment) extra.add(Intents.DEPLOY);
    return Steps.job(id == null ? "job" : id, text(j, "displayName"), line(j), pool(j), null, environment, List.of(),
        strings(get(j, "dependsOn")), condition, steps(stepsNode), stage, null, extra);
  }

  private static String pool(Node owner) {
    Node pool = get(owner, "pool");
    if (text(pool) != null) return text(pool);
    return text(pool, "vmImage") != null ? text(pool, "vmImage") : text(pool, "name");
  }

  private static List<Step> steps(Node stepsNode) {
    List<Step> out = new ArrayList<>();
    for (Node s : items(stepsNode)) {
      String name = text(s, "displayName");
      String task = text(s, "task");
      if (task != null) {
        String inputs = String.join(" ", strings(get(get(s, "inputs"), "command")));
        Set<String> extra = new LinkedHashSet<>(Intents.ofName(inputs));
        String lower = task.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("docker@")) {
          if (inputs.contains("build")) extra.add(Intents.BUILD_IMAGE);
          if (inputs.toLowerCase(java.util.Locale.ROOT).contains("push")) extra.add(Intents.PUSH_IMAGE);
        }
        int at = task.indexOf('@');
        out.add(Steps.step(name, line(s), new Uses(task, at < 0 ? null : task.substring(at + 1), false, false, "task"), null, extra));
        continue;
      }
      for (String k : SCRIPT_KEYS) {
        Node body = get(s, k);
        if (text(body) != null) out.add(Steps.step(name, YamlNodes.contentLine(body), null, text(body), Set.of()));
      }
    }
    return out;
  }

  private static List<Trigger> triggers(Node root) {
    List<Trigger> out = new ArrayList<>();
    Node trigger = get(root, "trigger");
    if (trigger == null) {
      out.add(new Trigger("push", List.of(), List.of(), List.of(), 1));
    } else if (!"none".equals(text(trigger))) {
      List<String> branches = strings(trigger).isEmpty() ? strings(get(get(trigger, "branches"), "include")) : strings(trigger);
      out.add(new Trigger("push", branches, strings(get(get(trigger, "tags"), "include")), List.of(), line(trigger)));
    }
    Node pr = get(root, "pr");
    if (pr != null && !"none".equals(text(pr))) out.add(new Trigger("pull_request", strings(pr), List.of(), List.of(), line(pr)));
    List<String> cron = new ArrayList<>();
    for (Node s : items(get(root, "schedules"))) if (text(s, "cron") != null) cron.add(text(s, "cron"));
    if (!cron.isEmpty()) out.add(new Trigger("schedule", List.of(), List.of(), cron, line(get(root, "schedules"))));
    return out;
  }
}
