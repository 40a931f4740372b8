package dev.readiness.scan.runtime;

import dev.readiness.scan.compose.ComposeConfig;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.compose.ComposeProject;
import dev.readiness.scan.compose.ComposeService;
import dev.readiness.scan.compose.DeployInfo;
import dev.readiness.scan.compose.PortMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reduces the compose scanner's facts to the declarations drift compares against. */
final class ComposeDeclarations {
  private ComposeDeclarations() {}

  /** One entry per service of each project's primary configuration (see {@link #primary}). */
  static List<DeclaredService> from(ComposeFacts compose) {
    List<DeclaredService> out = new ArrayList<>();
    if (compose == null || compose.projects() == null) return out;
    for (ComposeProject project : compose.projects()) {
      ComposeConfig config = primary(project);
      if (config == null || config.services() == null) continue;
      for (ComposeService service : config.services()) out.add(declared(project.name(), service));
    }
    return out;
  }

  /**
   * The configuration that running containers are most likely created from: the production chain
   * when the repository has one (what deploy scripts and workflows run), else the default chain.
   */
  static ComposeConfig primary(ComposeProject project) {
    if (project.configs() == null || project.configs().isEmpty()) return null;
    for (ComposeConfig c : project.configs()) if (c.production()) return c;
    for (ComposeConfig c : project.configs()) if ("default".equals(c.name())) return c;
    return project.configs().get(0);
  }

  private static DeclaredService declared(String project, ComposeService s) {
    Map<String, Integer> lines = new HashMap<>();
    Boolean healthcheck = null;
    if (s.healthcheck() != null) {
      healthcheck = !s.healthcheck().disabled();
      lines.put("healthcheck", s.healthcheck().line());
    }
    DeployInfo deploy = s.deploy();
    String restart = s.restart();
    if (restart == null && deploy != null && deploy.restartPolicy() != null) {
      restart = deploy.restartPolicy();
      lines.put("restart", deploy.line());
    }
    String memory = deploy != null && deploy.limits() != null ? deploy.limits().memory() : null;
    if (memory != null) lines.put("memory", deploy.line());
    List<DeclaredService.DeclaredPort> ports = new ArrayList<>();
    for (PortMapping p : s.ports() == null ? List.<PortMapping>of() : s.ports()) {
      ports.add(new DeclaredService.DeclaredPort(p.published(), p.target(), p.protocol()));
      lines.putIfAbsent("ports", p.line());
    }
    return new DeclaredService(project, s.name(), s.image() == null ? null : s.image().raw(), s.user(), healthcheck,
        restart, ports, memory, s.privileged(), s.file(), s.line(), lines);
  }
}
