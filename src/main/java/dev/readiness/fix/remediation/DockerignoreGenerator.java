package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.HashMap;
import java.util.Map;

/** Writes a {@code .dockerignore} for each build context without one, tuned to the component's ecosystem. */
public final class DockerignoreGenerator implements Remediation {
  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    java.util.Set<String> contexts = new java.util.LinkedHashSet<>();
    for (Stack.Service s : stack.services()) if (s.buildContext() != null) contexts.add(s.buildContext());
    for (Stack.DockerfileInfo d : stack.dockerfiles()) if (d.context() != null) contexts.add(d.context());
    for (String dir : contexts) {
      Stack.Component c = stack.components().stream().filter(x -> x.dir().equals(dir)).findFirst()
          .orElse(new Stack.Component(dir, "", null, null, null, "server", null, null, null, null, null));
      planFor(c, checkId, ws, ctx);
    }
  }

  /** Writes the .dockerignore of one component's dir unless one exists. */
  void planFor(Stack.Component c, String checkId, Workspace ws, FixContext ctx) {
    String path = c.prefix() + ".dockerignore";
    if (ws.exists(path)) return;
    Map<String, Object> m = new HashMap<>();
    m.put("c", c);
    m.put("marker", ctx.marker(path, checkId));
    ws.generate(path, ctx.templates().render("dockerignore/dockerignore.ftl", m), "infra.dockerignore",
        "keep " + c.dir() + "'s build context small and free of secrets");
  }
}
