package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes .github/dependabot.yml covering every component's package ecosystem, each Dockerfile dir and GitHub Actions. */
public final class DependabotGenerator implements Remediation {
  /** One update entry. */
  public record Update(String ecosystem, String directory) {}

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Set<Update> updates = new LinkedHashSet<>();
    for (Stack.Component c : stack.components()) {
      String eco = ecosystem(c);
      if (eco != null) updates.add(new Update(eco, dir(c.dir())));
    }
    for (Stack.DockerfileInfo d : stack.dockerfiles()) {
      int slash = d.file().lastIndexOf('/');
      updates.add(new Update("docker", dir(slash < 0 ? "." : d.file().substring(0, slash))));
    }
    if (!stack.workflows().isEmpty() || ws.exists(".github/workflows")) updates.add(new Update("github-actions", "/"));
    if (updates.isEmpty()) return;
    List<Update> list = new ArrayList<>(updates);
    TemplateFile.generate(ws, ctx, checkId, ".github/dependabot.yml", "github/dependabot.yml.ftl", Map.of("updates", list),
        "weekly dependency update pull requests for " + list.size() + " ecosystem location(s)");
  }

  private static String ecosystem(Stack.Component c) {
    String pm = c.packageManager() == null ? "" : c.packageManager();
    String eco = c.ecosystem() == null ? "" : c.ecosystem();
    if (eco.equals("node")) return "npm";
    if (pm.equals("uv")) return "uv";
    if (eco.equals("python")) return "pip";
    if (pm.equals("gradle")) return "gradle";
    if (eco.equals("java")) return "maven";
    if (eco.equals("go")) return "gomod";
    if (eco.equals("ruby")) return "bundler";
    if (eco.equals("php")) return "composer";
    if (eco.equals("dotnet")) return "nuget";
    return null;
  }

  private static String dir(String d) {
    return ".".equals(d) ? "/" : "/" + d;
  }
}
