package dev.readiness.scan.workflow;

import static dev.readiness.scan.workflow.YamlNodes.entries;
import static dev.readiness.scan.workflow.YamlNodes.get;
import static dev.readiness.scan.workflow.YamlNodes.items;
import static dev.readiness.scan.workflow.YamlNodes.line;
import static dev.readiness.scan.workflow.YamlNodes.strings;
import static dev.readiness.scan.workflow.YamlNodes.text;

import dev.readiness.model.Diagnostic;
import dev.readiness.scan.workflow.WorkflowFacts.Job;
import dev.readiness.scan.workflow.WorkflowFacts.Step;
import dev.readiness.scan.workflow.WorkflowFacts.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * {@code .gitlab-ci.yml}: jobs (hidden {@code .templates} only through {@code extends}), stages, scripts,
 * environments and rules/only; the push/schedule/merge-request triggers are inferred from rules and only.
 */
final class GitlabCiReader implements CiReader {
  private static final Set<String> RESERVED = Set.of("image", "services", "stages", "types", "before_script", "after_script",
      "variables", "cache", "include", "default", "workflow");
  private static final Pattern BRANCH_RULE = Pattern.compile("\\$CI_COMMIT_(?:BRANCH|REF_NAME)\\s*==\\s*[\"']([^\"']+)[\"']");

  @Override
  public WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics) {
    Node root = CiReader.mappingRoot(file, text, "GitLab CI file", diagnostics);
    if (root == null) return null;
    Map<String, Node> all = entries(root);
    Node defaults = get(root, "default");
    Node globalBefore = get(root, "before_script") != null ? get(root, "before_script") : get(defaults, "before_script");
    Node globalImage = get(root, "image") != null ? get(root, "image") : get(defaults, "image");
    List<Job> jobs = new ArrayList<>();
    Set<String> branches = new LinkedHashSet<>();
    Set<String> tags = new LinkedHashSet<>();
    boolean unconstrained = false;
    boolean schedule = false;
    boolean mergeRequests = false;
    for (NodeTuple t : YamlNodes.tuples(root)) {
      String id = text(t.getKeyNode());
      Node j = t.getValueNode();
      if (id == null || RESERVED.contains(id) || id.startsWith(".") || !YamlNodes.isMap(j)) continue;
      Node template = template(j, all);
      Node before = first(get(j, "before_script"), get(template, "before_script"), globalBefore);
      List<Step> steps = new ArrayList<>();
      addScript(steps, before);
      addScript(steps, first(get(j, "script"), get(template, "script")));
      addScript(steps, first(get(j, "after_script"), get(template, "after_script")));
      Node envNode = first(get(j, "environment"), get(template, "environment"));
      String environment = text(envNode) != null ? text(envNode) : text(envNode, "name");
      Node image = first(get(j, "image"), get(template, "image"), globalImage);
      String runsOn = text(image) != null ? text(image) : text(image, "name");
      List<String> services = new ArrayList<>();
      for (Node s : items(first(get(j, "services"), get(template, "services")))) {
        String n = text(s) != null ? text(s) : text(s, "name");
        if (n != null) services.add(n);
      }
      List<String> needs = new ArrayList<>();
      for (Node n : items(get(j, "needs"))) {
        String v = text(n) != null ? text(n) : text(n, "job");
        if (v != null) needs.add(v);
      }
      String condition = condition(first(get(j, "rules"), get(template, "rules")), first(get(j, "only"), get(template, "only")));
      if (condition == null) unconstrained = true;
      else {
        Matcher m = BRANCH_RULE.matcher(condition);
        while (m.find()) branches.add(m.group(1));
        if (condition.contains("$CI_COMMIT_TAG")) tags.add("*");
        if (condition.contains("schedule")) schedule = true;
        if (condition.contains("merge_request")) mergeRequests = true;
        for (String o : strings(first(get(j, "only"), get(template, "only")))) {
          if (o.equals("tags")) tags.add("*");
          else if (o.equals("schedules")) schedule = true;
          else if (o.equals("merge_requests")) mergeRequests = true;
          else if (!o.equals("branches")) branches.add(o);
        }
      }
      Set<String> extra = new LinkedHashSet<>();
      if (runsOn != null) extra.addAll(Intents.ofAction(runsOn));
      String stage = text(j, "stage") != null ? text(j, "stage") : text(template, "stage");
      if (stage == null && get(j, "script") != null) stage = "test";
      if (stage != null) extra.addAll(Intents.ofName(stage).contains(Intents.DEPLOY) ? Set.of(Intents.DEPLOY) : Set.of());
      jobs.add(Steps.job(id, id, line(t.getKeyNode()), runsOn, null, environment, services, needs, condition, steps, stage, null, extra));
    }
    List<Trigger> triggers = new ArrayList<>();
    triggers.add(new Trigger("push", unconstrained ? List.of() : List.copyOf(branches), List.copyOf(tags), List.of(), 1));
    if (mergeRequests) triggers.add(new Trigger("merge_request", List.of(), List.of(), List.of(), 1));
    if (schedule) triggers.add(new Trigger("schedule", List.of(), List.of(), List.of(), 1));
    return Steps.workflow(file, "gitlab", null, text, triggers, null, jobs, false, false);
  }

  private static Node template(Node job, Map<String, Node> all) {
    List<String> ext = strings(get(job, "extends"));
    for (int i = ext.size() - 1; i >= 0; i--) {
      Node t = all.get(ext.get(i));
      if (t != null) return t;
    }
    return null;
  }

  private static Node first(Node... nodes) {
    for (Node n : nodes) if (n != null) return n;
    return null;
  }

  private static void addScript(List<Step> steps, Node script) {
    if (script == null) return;
    List<Node> lines = items(script).isEmpty() ? List.of(script) : items(script);
    for (Node l : lines) {
      String cmd = text(l);
      if (cmd == null) {
        List<String> nested = strings(l);
        if (nested.isEmpty()) continue;
        cmd = String.join("\n", nested);
      }
      steps.add(Steps.step(null, YamlNodes.contentLine(l), null, cmd, Set.of()));
    }
  }

  /** rules' if-expressions joined with ||, or only/except refs, or null when the job always runs. */
  private static String condition(Node rules, Node only) {
    List<String> parts = new ArrayList<>();
    for (Node r : items(rules)) {
      String cond = text(r, "if");
      String when = text(r, "when");
      if (cond != null && !"never".equals(when)) parts.add(cond);
    }
    if (!parts.isEmpty()) return String.join(" || ", parts);
    List<String> refs = strings(only);
    if (refs.isEmpty()) refs = strings(get(only, "refs"));
    if (!refs.isEmpty()) return "only: " + String.join(", ", refs);
    return null;
  }
}
