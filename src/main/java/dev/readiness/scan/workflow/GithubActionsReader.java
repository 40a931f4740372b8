package dev.readiness.scan.workflow;

import static dev.readiness.scan.workflow.YamlNodes.entries;
import static dev.readiness.scan.workflow.YamlNodes.get;
import static dev.readiness.scan.workflow.YamlNodes.items;
import static dev.readiness.scan.workflow.YamlNodes.keyNode;
import static dev.readiness.scan.workflow.YamlNodes.line;
import static dev.readiness.scan.workflow.YamlNodes.strings;
import static dev.readiness.scan.workflow.YamlNodes.text;

import dev.readiness.model.Diagnostic;
import dev.readiness.scan.workflow.WorkflowFacts.Job;
import dev.readiness.scan.workflow.WorkflowFacts.Permissions;
import dev.readiness.scan.workflow.WorkflowFacts.Step;
import dev.readiness.scan.workflow.WorkflowFacts.Trigger;
import dev.readiness.scan.workflow.WorkflowFacts.Uses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** GitHub Actions workflow files. */
final class GithubActionsReader implements CiReader {

  @Override
  public WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics) {
    Node root = CiReader.mappingRoot(file, text, "workflow", diagnostics);
    if (root == null) return null;
    List<Trigger> triggers = triggers(root);
    boolean prTarget = triggers.stream().anyMatch(t -> t.event().equals("pull_request_target"));
    Node jobsNode = get(root, "jobs");
    if (jobsNode == null) diagnostics.accept(Diagnostic.warning("workflow", file, 1, "workflow has no jobs"));
    List<Job> jobs = new ArrayList<>();
    boolean[] prHead = {false};
    for (NodeTuple t : YamlNodes.tuples(jobsNode)) {
      String id = text(t.getKeyNode());
      if (id == null || !YamlNodes.isMap(t.getValueNode())) continue;
      jobs.add(job(id, line(t.getKeyNode()), t.getValueNode(), prHead));
    }
    return Steps.workflow(file, "github", text(root, "name"), text, triggers, permissions(root), jobs, prTarget, prHead[0]);
  }

  private static List<Trigger> triggers(Node root) {
    List<Trigger> out = new ArrayList<>();
    Node on = get(root, "on");
    if (on == null) on = get(root, "true");
    if (on == null) return out;
    if (on instanceof ScalarNode || on instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
      for (Node e : items(on).isEmpty() ? List.of(on) : items(on)) {
        String ev = text(e);
        if (ev != null) out.add(new Trigger(ev, List.of(), List.of(), List.of(), line(e)));
      }
      return out;
    }
    for (NodeTuple t : YamlNodes.tuples(on)) {
      String ev = text(t.getKeyNode());
      if (ev == null) continue;
      Node cfg = t.getValueNode();
      List<String> cron = new ArrayList<>();
      if (ev.equals("schedule")) for (Node c : items(cfg)) { String s = text(c, "cron"); if (s != null) cron.add(s); }
      out.add(new Trigger(ev, strings(get(cfg, "branches")), strings(get(cfg, "tags")), List.copyOf(cron), line(t.getKeyNode())));
    }
    return out;
  }

  static Permissions permissions(Node owner) {
    Node p = get(owner, "permissions");
    if (p == null) return null;
    int at = line(keyNode(owner, "permissions"));
    String shorthand = text(p);
    if (shorthand != null) {
      return new Permissions(true, Map.of(), shorthand.equals("write-all"), shorthand.equals("read-all"), at);
    }
    Map<String, String> scopes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : entries(p).entrySet()) scopes.put(e.getKey(), text(e.getValue()));
    return new Permissions(true, scopes, false, false, at);
  }

  private static Job job(String id, int line, Node j, boolean[] prHead) {
    List<Step> steps = new ArrayList<>();
    String defaultDir = text(get(get(j, "defaults"), "run"), "working-directory");
    for (Node s : items(get(j, "steps"))) {
      Node usesNode = get(s, "uses");
      Uses uses = text(usesNode) == null ? null : Steps.githubUses(text(usesNode));
      Node runNode = get(s, "run");
      String run = text(runNode);
      Set<String> extra = new HashSet<>();
      Node with = get(s, "with");
      if (uses != null && uses.action().startsWith("docker/build-push-action")) {
        String push = text(with, "push");
        if (push != null && !push.equals("false")) extra.add(Intents.PUSH_IMAGE);
      }
      if (uses != null && uses.action().equals("actions/checkout")) {
        String ref = text(with, "ref");
        if (ref != null && (ref.contains("github.event.pull_request.head") || ref.contains("github.head_ref") || ref.contains("refs/pull/"))) prHead[0] = true;
      }
      String wd = text(s, "working-directory") != null ? text(s, "working-directory") : defaultDir;
      steps.add(Steps.step(text(s, "name"), line(s), uses, run, extra, run == null ? null : wd));
    }
    Node env = get(j, "environment");
    String environment = text(env) != null ? text(env) : text(env, "name");
    Node runsOnNode = get(j, "runs-on");
    String runsOn = text(runsOnNode);
    if (runsOn == null && runsOnNode != null) {
      List<String> labels = strings(runsOnNode).isEmpty() ? strings(get(runsOnNode, "labels")) : strings(runsOnNode);
      String group = text(runsOnNode, "group");
      runsOn = !labels.isEmpty() ? String.join(",", labels) : group;
    }
    List<String> services = new ArrayList<>(entries(get(j, "services")).keySet());
    String usesWorkflow = text(j, "uses");
    Uses uses = usesWorkflow == null ? null : Steps.githubUses(usesWorkflow);
    return Steps.job(id, text(j, "name"), line, runsOn, permissions(j), environment, services, strings(get(j, "needs")),
        text(j, "if"), steps, null, uses, Set.of());
  }
}
