package dev.readiness.scan.workflow;

import dev.readiness.model.ImageReference;
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
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Bitbucket Pipelines: each step is a job; default/branches/tags/pull-requests/custom sections become triggers. */
final class BitbucketReader implements CiReader {

  @Override
  public WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics) {
    List<Node> docs = YamlLoader.load(text, "workflow", file, diagnostics);
    if (docs.isEmpty()) return null;
    Node root = docs.get(0);
    Node pipelines = get(root, "pipelines");
    if (pipelines == null) return null;
    List<Job> jobs = new ArrayList<>();
    List<Trigger> triggers = new ArrayList<>();
    String image = text(root, "image");
    for (NodeTuple section : YamlNodes.tuples(pipelines)) {
      String kind = text(section.getKeyNode());
      if (kind == null) continue;
      int at = line(section.getKeyNode());
      switch (kind) {
        case "default":
          triggers.add(new Trigger("push", List.of(), List.of(), List.of(), at));
          collect(section.getValueNode(), "default", image, jobs);
          break;
        case "branches":
        case "tags":
        case "pull-requests":
        case "custom":
          for (NodeTuple t : YamlNodes.tuples(section.getValueNode())) {
            String ref = text(t.getKeyNode());
            String event = kind.equals("pull-requests") ? "pull_request" : kind.equals("custom") ? "workflow_dispatch" : "push";
            triggers.add(new Trigger(event, kind.equals("branches") ? List.of(ref) : List.of(),
                kind.equals("tags") ? List.of(ref) : List.of(), List.of(), line(t.getKeyNode())));
            collect(t.getValueNode(), kind + ":" + ref, image, jobs);
          }
          break;
        default:
          break;
      }
    }
    return Steps.workflow(file, "bitbucket", null, text, triggers, null, jobs, false, false);
  }

  private static void collect(Node list, String section, String image, List<Job> jobs) {
    for (Node item : items(list)) {
      Node step = get(item, "step");
      if (step != null) { jobs.add(job(step, section, image, jobs.size())); continue; }
      Node parallel = get(item, "parallel");
      Node inner = get(parallel, "steps") != null ? get(parallel, "steps") : parallel;
      collect(inner, section, image, jobs);
    }
  }

  private static Job job(Node step, String section, String image, int index) {
    List<Step> steps = new ArrayList<>();
    for (Node l : items(get(step, "script"))) {
      String cmd = text(l);
      if (cmd != null) {
        steps.add(Steps.step(null, YamlNodes.contentLine(l), null, cmd, Set.of()));
      } else {
        String pipe = text(l, "pipe");
        if (pipe != null) {
          // a pipe is a container image: atlassian/ssh-run:0.4.0, docker://acme/pipe@sha256:...
          ImageReference r = ImageReference.parse(pipe.startsWith("docker://") ? pipe.substring("docker://".length()) : pipe);
          if (r == null) continue;
          String name = (r.registry() == null ? "" : r.registry() + "/") + r.repository();
          steps.add(Steps.step(null, line(l), new Uses(name, r.digest() != null ? r.digest() : r.tag(), r.pinned(), true, "pipe"),
              null, Set.of()));
        }
      }
    }
    String name = text(step, "name");
    String runsOn = text(step, "image") != null ? text(step, "image") : image;
    return Steps.job("step-" + (index + 1), name, line(step), runsOn, null, text(step, "deployment"), strings(get(step, "services")),
        List.of(), section, steps, section, null, Set.of());
  }
}
