package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.YamlTextEditor;
import dev.readiness.fix.stack.Stack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds one production setting to the compose services that lack it, in the production file (or the
 * {@code compose.prod.yaml} override it creates): restart policy, memory/CPU limits, log rotation,
 * healthchecks, unpublished datastore ports, or {@code depends_on} with health conditions. A service
 * whose target entry already has the key is left alone, so a second run plans nothing.
 */
public final class ComposeServicePatch implements Remediation {
  /** The setting this instance adds. */
  public enum Aspect { RESTART, LIMITS, LOGGING, HEALTHCHECK, DATASTORE_PORTS, HEALTHY_DEPENDS_ON, DEPENDS_ON, OVERRIDE }

  private final Aspect aspect;

  public ComposeServicePatch(Aspect aspect) {
    this.aspect = aspect;
  }

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Optional<ComposeTarget> target = ComposeTarget.of(stack);
    if (target.isEmpty()) {
      ComposeTarget.explainMissing(checkId, stack, ctx, "no compose file found; nothing to patch");
      return;
    }
    ComposeTarget t = target.get();
    if (t.override() && ws.read(t.file()).map(dev.readiness.fix.GeneratedMarker::isGenerated).orElse(false)) {
      DevConfig.plan(checkId, stack, ws, ctx, t);
    }
    if (aspect == Aspect.OVERRIDE) {
      // The override itself: the other aspects fill it; restart policies make it useful on its own.
      new ComposeServicePatch(Aspect.RESTART).plan(checkId, stack, ws, ctx);
      return;
    }
    if (aspect == Aspect.LIMITS && !ComposeTarget.resetSupported(stack, ws)) {
      ctx.note(checkId, "`" + ComposeTarget.composeV1User(stack, ws) + "` runs docker-compose: v1 applies deploy.resources limits only with --compatibility;"
          + " deploy with Compose v2 (`docker compose`) so the limits take effect");
    }
    for (Stack.Service s : stack.services()) {
      Optional<YamlTextEditor> ed = t.editor(stack, ws, ctx, checkId);
      if (ed.isEmpty()) return;
      patch(checkId, stack, ws, ctx, t, ed.get(), s);
    }
  }

  private void patch(String checkId, Stack stack, Workspace ws, FixContext ctx, ComposeTarget t, YamlTextEditor ed, Stack.Service s) {
    List<String> path = List.of("services", s.name());
    if (aspect == Aspect.RESTART) {
      if (s.restart() != null || !s.longRunning() || ed.has("services", s.name(), "restart")) return;
      t.append(stack, ws, ctx, checkId, path, "restart: unless-stopped\n", "restart " + s.name() + " after crashes and reboots");
    } else if (aspect == Aspect.LIMITS) {
      if (s.memoryLimit() || !s.longRunning() || ed.has("services", s.name(), "deploy", "resources", "limits", "memory")) return;
      String[] lim = limits(s, stack);
      // Compose folds pids_limit into deploy.resources.limits.pids: a limits block must carry the same value.
      String pids = ComposeTarget.baseNode(stack, ws, s.name(), "pids_limit").map(YamlTextEditor::scalar).map(v -> "pids: " + v + "\n").orElse("");
      t.append(stack, ws, ctx, checkId, List.of("services", s.name(), "deploy", "resources", "limits"),
          "memory: " + lim[0] + "\ncpus: " + Yaml.q(lim[1]) + "\n" + pids, "cap " + s.name() + "'s memory and CPU so one service cannot starve the host");
    } else if (aspect == Aspect.LOGGING) {
      if (s.logRotation() || ed.has("services", s.name(), "logging")) return;
      t.append(stack, ws, ctx, checkId, path,
          "logging:\n  driver: json-file\n  options:\n    max-size: \"10m\"\n    max-file: \"3\"\n", "rotate " + s.name() + "'s container logs (10 MB x 3)");
    } else if (aspect == Aspect.HEALTHCHECK) {
      if (!s.longRunning() || Healthchecks.present(s, ws) || ed.has("services", s.name(), "healthcheck")) return;
      Healthchecks.Probe probe = Healthchecks.probe(stack, s, ws, ctx);
      if (!probe.present()) {
        ctx.note(checkId, "service " + s.name() + ": no healthcheck added: " + probe.whyNone());
        return;
      }
      t.append(stack, ws, ctx, checkId, path, Healthchecks.fragment(probe.test(), "java".equals(Healthchecks.component(stack, s).map(Stack.Component::ecosystem).orElse(""))),
          "report " + s.name() + "'s health so deploys and depends_on can wait for it");
    } else if (aspect == Aspect.DATASTORE_PORTS) {
      datastorePorts(checkId, stack, ws, ctx, t, ed, s);
    } else if (aspect == Aspect.HEALTHY_DEPENDS_ON || aspect == Aspect.DEPENDS_ON) {
      dependsOn(checkId, stack, ws, ctx, t, ed, s);
    }
  }

  private static void datastorePorts(String checkId, Stack stack, Workspace ws, FixContext ctx, ComposeTarget t, YamlTextEditor ed, Stack.Service s) {
    if (!s.isDatastore()) return;
    boolean exposed = s.ports().stream().anyMatch(p -> p.published() != null && !isLoopback(p.hostIp()));
    if (!exposed) return;
    String reason = "stop publishing " + s.name() + "'s ports on the host in production (other services reach it on the compose network)";
    if (t.override()) {
      if (ComposeTarget.baseNode(stack, ws, s.name(), "ports").isEmpty()) return; // published only by a development layer: production does not
      if (!ComposeTarget.resetSupported(stack, ws)) {
        ctx.needsInput(checkId, "service " + s.name() + ": its ports are published in " + String.join(", ", stack.compose().baseFiles())
            + " and `" + ComposeTarget.composeV1User(stack, ws) + "` deploys with docker-compose, which cannot reset them in an override:"
            + " move the ports to docker-compose.override.yml (development), or deploy with Compose v2 (`docker compose`) and run fix again");
        return;
      }
      if (ed.has("services", s.name(), "ports")) {
        if (ed.get("services", s.name(), "ports").map(n -> n.getTag().getValue().equals("!reset")).orElse(false)) return;
        ctx.note(checkId, "service " + s.name() + ": " + t.file() + " already lists ports; remove the published datastore ports there by hand");
        return;
      }
      t.append(stack, ws, ctx, checkId, List.of("services", s.name()), "ports: !reset []\n", reason);
    } else {
      if (!ed.has("services", s.name(), "ports")) return;
      try {
        ws.patch(t.file(), ed.remove(List.of("services", s.name()), "ports"), checkId, reason);
      } catch (YamlTextEditor.EditException e) {
        ctx.note(checkId, e.getMessage());
      }
    }
  }

  private void dependsOn(String checkId, Stack stack, Workspace ws, FixContext ctx, ComposeTarget t, YamlTextEditor ed, Stack.Service s) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (Stack.Dependency d : s.dependsOn()) wanted.put(d.service(), d.condition());
    boolean changed = false;
    if (aspect == Aspect.DEPENDS_ON) {
      for (String other : s.talksTo()) {
        if (!other.equals(s.name()) && stack.service(other).isPresent() && !wanted.containsKey(other)) {
          wanted.put(other, null);
          changed = true;
        }
      }
    }
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      Optional<Stack.Service> dep = stack.service(e.getKey());
      // Only a healthcheck that exists (facts, Dockerfile, or this plan's override) may be waited on: compose refuses service_healthy otherwise.
      boolean healthy = dep.isPresent() && (Healthchecks.present(dep.get(), ws)
          || ws.read(t.file()).map(x -> hasHealthcheck(t, x, e.getKey())).orElse(false));
      String cond = healthy ? "service_healthy" : (e.getValue() != null ? e.getValue() : "service_started");
      if (!cond.equals(e.getValue())) {
        e.setValue(cond);
        changed = true;
      }
    }
    if (!changed || wanted.isEmpty()) return;
    if (ed.has("services", s.name(), "depends_on") && alreadyConditioned(ed, s.name(), wanted)) return;
    StringBuilder frag = new StringBuilder("depends_on:\n");
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      frag.append("  ").append(e.getKey()).append(":\n    condition: ").append(e.getValue()).append('\n');
    }
    String reason = "start " + s.name() + " only once " + String.join(", ", wanted.keySet()) + " " + (wanted.size() == 1 ? "is" : "are") + " up (healthy where a healthcheck exists)";
    try {
      if (ed.has("services", s.name(), "depends_on")) {
        ws.patch(t.file(), ed.replace(List.of("services", s.name()), "depends_on", frag.toString()), checkId, reason);
      } else {
        t.append(stack, ws, ctx, checkId, List.of("services", s.name()), frag.toString(), reason);
      }
    } catch (YamlTextEditor.EditException ex) {
      ctx.note(checkId, ex.getMessage());
    }
  }

  private static boolean alreadyConditioned(YamlTextEditor ed, String service, Map<String, String> wanted) {
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      Optional<String> c = ed.get("services", service, "depends_on", e.getKey(), "condition").map(YamlTextEditor::scalar);
      if (c.isEmpty() || !c.get().equals(e.getValue())) return false;
    }
    return true;
  }

  private static boolean hasHealthcheck(ComposeTarget t, String text, String service) {
    try {
      return YamlTextEditor.of(t.file(), text).has("services", service, "healthcheck");
    } catch (YamlTextEditor.EditException e) {
      return false;
    }
  }

  private static boolean isLoopback(String hostIp) {
    return hostIp != null && Set.of("127.0.0.1", "::1", "localhost").contains(hostIp);
  }

  /** Memory and CPU limits sized by what the service is. */
  private static String[] limits(Stack.Service s, Stack stack) {
    if (s.isDatabase()) return new String[] {"1G", "1.0"};
    if ("cache".equals(s.role()) || "redis".equals(s.stateful())) return new String[] {"256M", "0.5"};
    if ("proxy".equals(s.role())) return new String[] {"128M", "0.5"};
    if (s.isDatastore()) return new String[] {"1G", "1.0"};
    boolean frontend = Healthchecks.component(stack, s).map(Stack.Component::frontend).orElse(false);
    if (frontend) return new String[] {"128M", "0.25"};
    boolean java = Healthchecks.component(stack, s).map(c -> "java".equals(c.ecosystem())).orElse(false);
    return java ? new String[] {"1G", "1.0"} : new String[] {"512M", "1.0"};
  }
}
