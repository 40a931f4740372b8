package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a stack-aware, multi-stage, non-root Dockerfile with a healthcheck for each application
 * component that has none (at the path its compose service names, else {@code <dir>/Dockerfile}),
 * plus a {@code .dockerignore} beside it.
 */
public final class DockerfileGenerator implements Remediation {
  private static final Set<String> STATIC_FRONTENDS = Set.of("vite", "react", "vue", "angular", "svelte", "preact", "solid", "create-react-app");

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    for (Stack.Component c : stack.components()) {
      if ("library".equals(c.kind())) continue;
      String path = target(stack, c);
      if (c.dockerfile() != null && ws.exists(c.dockerfile())) continue;
      if (ws.exists(path)) continue;
      Optional<Rendered> r = render(c, path, checkId, ctx);
      if (r.isEmpty()) continue;
      if (ws.generate(path, r.get().text(), checkId, "build " + c.dir() + " (" + describe(c) + ") into a production image")) {
        new DockerignoreGenerator().planFor(c, checkId, ws, ctx);
      }
    }
  }

  /** Where the Dockerfile goes: the path a compose build names, else the component dir. */
  static String target(Stack stack, Stack.Component c) {
    for (Stack.Service s : stack.services()) {
      boolean builds = c.dir().equals(s.buildContext()) || s.name().equals(c.service());
      if (builds && s.dockerfile() != null) return s.dockerfile();
    }
    return c.prefix() + "Dockerfile";
  }

  private record Rendered(String text) {}

  private static Optional<Rendered> render(Stack.Component c, String path, String checkId, FixContext ctx) {
    Map<String, Object> m = new HashMap<>();
    m.put("c", c);
    m.put("marker", ctx.marker(path, checkId));
    if (c.healthPath() != null) m.put("health", c.healthPath());
    String eco = c.ecosystem() == null ? "" : c.ecosystem();
    if (eco.equals("node")) {
      boolean isStatic = c.frontend() || (c.framework() != null && STATIC_FRONTENDS.contains(c.framework()));
      int port = c.port() != null ? c.port() : isStatic ? 8080 : 3000;
      if (isStatic && port < 1024) {
        // The unprivileged nginx cannot bind below 1024; the service's port mapping must target 8080.
        ctx.note(checkId, c.dir() + ": the image serves on 8080 (non-root cannot bind port " + port + "); point the compose port mapping/proxy at 8080");
        port = 8080;
      }
      m.put("port", port);
      return Optional.of(new Rendered(ctx.templates().render(isStatic ? "dockerfile/node-static.ftl" : "dockerfile/node-server.ftl", m)));
    }
    if (eco.equals("python")) {
      int port = c.port() != null ? c.port() : 8000;
      m.put("port", port);
      Optional<List<String>> cmd = pythonCommand(c, port);
      if (cmd.isEmpty()) {
        ctx.note(checkId, c.dir() + ": could not tell how to start this Python app (no FastAPI/Django/Flask entry point found); write its Dockerfile by hand");
        return Optional.empty();
      }
      m.put("cmd", jsonArray(cmd.get()));
      m.put("server", cmd.get().get(0));
      m.put("serverPackage", cmd.get().get(0).equals("uvicorn") ? "uvicorn[standard]>=0.30" : "gunicorn>=22");
      if (c.lockfile() == null && "pip".equals(c.packageManager())) m.put("requirements", "requirements.txt");
      if (c.lockfile() != null && c.lockfile().endsWith(".txt")) m.put("requirements", c.lockfile().substring(c.lockfile().lastIndexOf('/') + 1));
      return Optional.of(new Rendered(ctx.templates().render("dockerfile/python.ftl", m)));
    }
    if (eco.equals("java")) {
      m.put("port", c.port() != null ? c.port() : 8080);
      m.put("wrapper", c.module() != null && c.module().startsWith("wrapper"));
      return Optional.of(new Rendered(ctx.templates().render("dockerfile/java.ftl", m)));
    }
    if (eco.equals("go")) {
      m.put("port", c.port() != null ? c.port() : 8080);
      m.put("mainPackage", c.module() != null ? c.module() : ".");
      ctx.note(checkId, c.dir() + ": the distroless Go image has no shell for a HEALTHCHECK; add a health subcommand to the binary or probe it from the proxy");
      return Optional.of(new Rendered(ctx.templates().render("dockerfile/go.ftl", m)));
    }
    ctx.note(checkId, c.dir() + ": no Dockerfile template for the " + eco + " ecosystem yet; write it by hand");
    return Optional.empty();
  }

  /** The production server command of a Python web app, if its framework and entry point are known. */
  static Optional<List<String>> pythonCommand(Stack.Component c, int port) {
    String fw = c.framework() == null ? "" : c.framework();
    String module = c.module();
    if (module == null) return Optional.empty();
    List<String> cmd = new ArrayList<>();
    if (fw.equals("fastapi") || fw.equals("starlette")) {
      cmd.addAll(List.of("uvicorn", module, "--host", "0.0.0.0", "--port", Integer.toString(port), "--proxy-headers"));
    } else if (fw.equals("django") || fw.equals("flask")) {
      cmd.addAll(List.of("gunicorn", module, "--bind", "0.0.0.0:" + port, "--workers", "2", "--access-logfile", "-"));
    } else {
      return Optional.empty();
    }
    return Optional.of(cmd);
  }

  private static String describe(Stack.Component c) {
    return (c.framework() != null ? c.framework() + ", " : "") + c.ecosystem() + (c.packageManager() != null ? ", " + c.packageManager() : "");
  }

  private static String jsonArray(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(Yaml.q(items.get(i)));
    }
    return b.toString();
  }
}
