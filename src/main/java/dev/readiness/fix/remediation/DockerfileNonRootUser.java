package dev.readiness.fix.remediation;

import dev.readiness.model.ImageReference;
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
      // The stage compose builds must be the one patched, or the container still runs as root while the check passes.
      Optional<String> builtStage = Optional.empty();
      List<String> writable = new ArrayList<>();
      for (Stack.Service s : stack.services()) {
        String df = s.dockerfile() != null ? s.dockerfile() : s.buildContext() == null ? null : (".".equals(s.buildContext()) ? "" : s.buildContext() + "/") + "Dockerfile";
        if (!d.file().equals(df)) continue;
        Optional<String> target = ComposeTarget.baseNode(stack, ws, s.name(), "build", "target").map(dev.readiness.fix.YamlTextEditor::scalar);
        if (target.isPresent()) builtStage = target;
        ComposeTarget.baseNode(stack, ws, s.name(), "volumes").ifPresent(v -> {
          writable.addAll(namedVolumeTargets(v));
          List<String> binds = bindMounts(v);
          if (!binds.isEmpty()) {
            ctx.note(checkId, s.name() + " mounts host directories read-write (" + String.join(", ", binds) + "): they keep their host owner, so make them writable by the container user's UID or the app fails to write there");
          }
        });
      }
      String finalFrom = t.get(d.finalStageLine() - 1);
      if (builtStage.isPresent() && !finalFrom.matches("(?i).*\\sAS\\s+" + java.util.regex.Pattern.quote(builtStage.get()) + "\\s*$")) {
        ctx.needsInput(checkId, d.file() + ": compose builds its stage '" + builtStage.get() + "', not the final stage; add a non-root USER to that stage (and make the paths it writes owned by that user)");
        continue;
      }
      String stageText = String.join("\n", t.lines().subList(d.finalStageLine() - 1, t.size()));
      if (stageText.matches("(?s).*(\\s|=|:)/root(/|\\s|$).*")) {
        ctx.needsInput(checkId, d.file() + ": the final stage installs or runs things under /root, which a non-root user cannot read; move them (e.g. to /opt or the app dir) before switching USER");
        continue;
      }
      for (String l : t.lines().subList(d.finalStageLine() - 1, t.size())) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^\\s*VOLUME\\s+(.*)$").matcher(l);
        if (m.find()) for (String p : m.group(1).replaceAll("[\\[\\]\",]", " ").trim().split("\\s+")) if (p.startsWith("/")) writable.add(p);
      }
      int at = insertionIndex(t, d);
      List<String> block = new ArrayList<>();
      block.add("# Run as an unprivileged user (added by readiness fix, " + checkId + ")");
      List<String> user = new ArrayList<>(lines.get());
      String name = user.get(user.size() - 1).substring("USER ".length()).trim();
      if (!writable.isEmpty() && user.size() == 2) {
        // Volumes mounted into the container start with the image's ownership: create them owned by the user.
        user.set(0, user.get(0) + " \\\n && mkdir -p " + String.join(" ", new java.util.LinkedHashSet<>(writable)) + " && chown " + name + ":" + name + " " + String.join(" ", new java.util.LinkedHashSet<>(writable)));
      } else if (!writable.isEmpty()) {
        ctx.note(checkId, d.file() + ": make " + String.join(", ", writable) + " writable by " + name + " (volumes created earlier as root keep root's ownership)");
      }
      block.addAll(user);
      t.insert(at, block);
      ws.patch(d.file(), t.toString(), checkId, "run the final stage of " + d.file() + " as a non-root user");
    }
  }

  /** The lines that create (where needed) and switch to a non-root user for a base image. */
  static Optional<List<String>> userLines(String image) {
    String i = image == null ? "" : image.toLowerCase(Locale.ROOT);
    ImageReference ref = ImageReference.parse(i);
    String repo = ref == null ? "" : ref.name();
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

  /** Read-write host bind mounts in a compose volumes list (./logs:/app/logs): the host directory keeps its owner. */
  private static List<String> bindMounts(org.yaml.snakeyaml.nodes.Node v) {
    List<String> out = new ArrayList<>();
    if (!(v instanceof org.yaml.snakeyaml.nodes.SequenceNode seq)) return out;
    for (org.yaml.snakeyaml.nodes.Node i : seq.getValue()) {
      String spec = dev.readiness.fix.YamlTextEditor.scalar(i);
      if (spec == null) continue;
      String[] parts = spec.split(":");
      if (parts.length >= 2 && (parts[0].startsWith(".") || parts[0].startsWith("/")) && !(parts.length >= 3 && parts[2].contains("ro"))
          && !parts[0].startsWith("/var/run")) out.add(spec);
    }
    return out;
  }

  /** Container paths of named volumes in a compose volumes list (short syntax name:/path, long syntax type: volume). */
  private static List<String> namedVolumeTargets(org.yaml.snakeyaml.nodes.Node v) {
    List<String> out = new ArrayList<>();
    if (!(v instanceof org.yaml.snakeyaml.nodes.SequenceNode seq)) return out;
    for (org.yaml.snakeyaml.nodes.Node i : seq.getValue()) {
      String spec = dev.readiness.fix.YamlTextEditor.scalar(i);
      if (spec != null) {
        String[] parts = spec.split(":");
        if (parts.length >= 2 && !parts[0].startsWith(".") && !parts[0].startsWith("/") && !parts[0].startsWith("~") && parts[1].startsWith("/")) out.add(parts[1]);
      }
    }
    return out;
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
