package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adds a non-root USER to a Dockerfile's final stage, before its CMD/ENTRYPOINT (above any comment
 * describing it), creating the user the way the base image family expects: {@code useradd} on
 * Debian/Ubuntu-based images, {@code adduser -S} on Alpine, the built-in user on distroless, node
 * and similar images that ship one.
 */
public final class DockerfileNonRootUser implements Remediation {
  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    for (Stack.DockerfileInfo d : stack.dockerfiles()) {
      if (d.finalUser() != null && !isRoot(d.finalUser())) continue;
      Optional<String> text = ws.read(d.file());
      if (text.isEmpty()) continue;
      Optional<List<String>> lines = userLines(d.finalImage());
      if (lines.isEmpty()) {
        ctx.note(checkId, d.file() + ": final image " + d.finalImage() + " needs a different base to run unprivileged (e.g. nginxinc/nginx-unprivileged for nginx); not patched");
        continue;
      }
      TextLines t = new TextLines(text.get());
      if (alreadyPatched(t, d)) continue;
      int at = insertionIndex(t, d);
      List<String> block = new ArrayList<>();
      block.add("# Run as an unprivileged user (added by readiness fix, " + checkId + ")");
      block.addAll(lines.get());
      t.insert(at, block);
      ws.patch(d.file(), t.toString(), checkId, "run the final stage of " + d.file() + " as a non-root user");
    }
  }

  /** The lines that create (where needed) and switch to a non-root user for a base image. */
  static Optional<List<String>> userLines(String image) {
    String i = image == null ? "" : image.toLowerCase(Locale.ROOT);
    String repo = repository(i);
    if (i.equals("scratch")) return Optional.of(List.of("USER 65532:65532"));
    if (i.contains("distroless") || i.contains("chainguard")) return Optional.of(List.of("USER nonroot:nonroot"));
    if (repo.equals("node")) return Optional.of(List.of("USER node"));
    if (repo.equals("nginx") || repo.equals("httpd") || repo.equals("openresty")) return Optional.empty();
    if (repo.endsWith("nginx-unprivileged")) return Optional.of(List.of("USER 101"));
    if (i.contains("alpine") || repo.equals("alpine")) {
      return Optional.of(List.of("RUN addgroup -S app && adduser -S -G app -H -s /sbin/nologin app", "USER app"));
    }
    if (repo.contains("ubi") || repo.contains("fedora") || repo.contains("centos") || repo.contains("rockylinux") || repo.contains("almalinux")) {
      return Optional.of(List.of("RUN groupadd --system app && useradd --system --gid app --no-create-home --shell /sbin/nologin app", "USER app"));
    }
    // Debian/Ubuntu and the official language images built on them (python, openjdk, eclipse-temurin, golang, ruby, php...).
    return Optional.of(List.of("RUN groupadd --system app && useradd --system --gid app --no-create-home --shell /usr/sbin/nologin app", "USER app"));
  }

  private static String repository(String image) {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) s = s.substring(0, at);
    int slash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    if (colon > slash) s = s.substring(0, colon);
    return s.substring(slash + 1);
  }

  private static boolean isRoot(String user) {
    String u = user.trim();
    return u.equals("root") || u.equals("0") || u.startsWith("root:") || u.startsWith("0:");
  }

  /** True when a USER line already follows the final FROM (facts may predate this plan's own edit). */
  private static boolean alreadyPatched(TextLines t, Stack.DockerfileInfo d) {
    for (int i = Math.max(0, d.finalStageLine()); i < t.size(); i++) {
      String l = t.get(i).trim().toUpperCase(Locale.ROOT);
      if (l.startsWith("USER ") && !isRoot(t.get(i).trim().substring(5))) return true;
    }
    return false;
  }

  /** Before the first of CMD/ENTRYPOINT of the final stage and the comments right above it; else at the end. */
  private static int insertionIndex(TextLines t, Stack.DockerfileInfo d) {
    Integer line = null;
    if (d.cmdLine() != null) line = d.cmdLine();
    if (d.entrypointLine() != null && (line == null || d.entrypointLine() < line)) line = d.entrypointLine();
    if (line == null) return t.size();
    int i = line - 1;
    while (i > 0 && t.get(i - 1).trim().startsWith("#") && !t.get(i - 1).trim().toLowerCase(Locale.ROOT).startsWith("# syntax")) i--;
    return i;
  }
}
