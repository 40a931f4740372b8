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
import dev.readiness.scan.workflow.WorkflowFacts.Uses;
import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** CircleCI {@code .circleci/config.yml}: jobs with run steps and orb commands; workflows give needs and branch filters. */
final class CircleCiReader implements CiReader {
  private static final Set<String> BUILTIN_STEPS = Set.of("checkout", "setup_remote_docker", "save_cache", "restore_cache",
      "store_artifacts", "store_test_results", "persist_to_workspace", "attach_workspace", "add_ssh_keys", "when", "unless");

  @Override
  public WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics) {
    List<Node> docs = YamlLoader.load(text, "workflow", file, diagnostics);
    if (docs.isEmpty()) return null;
    Node root = docs.get(0);
    if (!YamlNodes.isMap(root)) return null;
    Map<String, String> orbs = new HashMap<>();
    for (Map.Entry<String, Node> e : entries(get(root, "orbs")).entrySet()) {
      String v = text(e.getValue());
      if (v != null) orbs.put(e.getKey(), v);
    }
    Map<String, List<String>> requires = new HashMap<>();
    Map<String, String> filters = new HashMap<>();
    Set<String> branches = new LinkedHashSet<>();
    Set<String> tags = new LinkedHashSet<>();
    boolean schedule = false;
    for (Node wf : entries(get(root, "workflows")).values()) {
      if (get(get(wf, "triggers"), "schedule") != null || !items(get(wf, "triggers")).isEmpty()) schedule = true;
      for (Node j : items(get(wf, "jobs"))) {
        String name = text(j);
        if (name != null) continue;
        for (NodeTuple t : YamlNodes.tuples(j)) {
          String id = text(t.getKeyNode());
          Node cfg = t.getValueNode();
          String alias = text(cfg, "name");
          requires.put(alias != null ? alias : id, strings(get(cfg, "requires")));
          List<String> only = strings(get(get(get(cfg, "filters"), "branches"), "only"));
          branches.addAll(only);
          if (get(get(cfg, "filters"), "tags") != null) tags.add("*");
          if (!only.isEmpty()) filters.put(id, "branches: " + String.join(", ", only));
        }
      }
    }
    List<Job> jobs = new ArrayList<>();
    for (NodeTuple t : YamlNodes.tuples(get(root, "jobs"))) {
      String id = text(t.getKeyNode());
      Node j = t.getValueNode();
      if (id == null || !YamlNodes.isMap(j)) continue;
      List<Step> steps = new ArrayList<>();
      for (Node s : items(get(j, "steps"))) {
        String simple = text(s);
        if (simple != null) {
          if (!BUILTIN_STEPS.contains(simple)) steps.add(Steps.step(simple, line(s), orb(simple, orbs), null, Set.of()));
          continue;
        }
        for (NodeTuple st : YamlNodes.tuples(s)) {
          String kind = text(st.getKeyNode());
          Node body = st.getValueNode();
          if ("run".equals(kind)) {
            String cmd = text(body) != null ? text(body) : text(body, "command");
            Node cmdNode = text(body) != null ? body : get(body, "command");
            steps.add(Steps.step(text(body, "name"), cmdNode == null ? line(s) : YamlNodes.contentLine(cmdNode), null, cmd, Set.of()));
          } else if (kind != null && !BUILTIN_STEPS.contains(kind)) {
            steps.add(Steps.step(kind, line(s), orb(kind, orbs), null, Set.of()));
          }
        }
      }
      String runsOn = null;
      Node docker = items(get(j, "docker")).isEmpty() ? null : items(get(j, "docker")).get(0);
      if (docker != null) runsOn = text(docker, "image");
      else if (get(j, "machine") != null) runsOn = "machine";
      else if (text(j, "executor") != null) runsOn = text(j, "executor");
      jobs.add(Steps.job(id, id, line(t.getKeyNode()), runsOn, null, null, List.of(),
          requires.getOrDefault(id, List.of()), filters.get(id), steps, null, null, Set.of()));
    }
    List<Trigger> triggers = new ArrayList<>();
    triggers.add(new Trigger("push", List.copyOf(branches), List.copyOf(tags), List.of(), 1));
    if (schedule) triggers.add(new Trigger("schedule", List.of(), List.of(), List.of(), 1));
    return Steps.workflow(file, "circleci", null, text, triggers, null, jobs, false, false);
  }

  private static Uses orb(String command, Map<String, String> orbs) {
    int slash = command.indexOf('/');
    String orb = slash > 0 ? command.substring(0, slash) : null;
    String version = orb == null ? null : orbs.get(orb);
    String ref = version != null && version.contains("@") ? version.substring(version.indexOf('@') + 1) : null;
    return new Uses(version != null ? version.replaceAll("@.*$", "") + command.substring(slash) : command, ref, false,
        orb != null, "orb");
  }
}
