package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.YamlTextEditor;
import dev.readiness.fix.stack.Stack;
import java.util.List;
import java.util.Optional;

/**
 * Where production compose changes go: the existing production file or override, or a new
 * {@code compose.prod.yaml} override beside the base file (created on first use, then patched by
 * every compose remediation in turn).
 *
 * @param file repo-relative path of the file to patch
 * @param override whether it is merged over the base files (so removals need {@code !reset})
 */
public record ComposeTarget(String file, boolean override) {
  /** The default name of a generated production override. */
  public static final String OVERRIDE_NAME = "compose.prod.yaml";

  public static Optional<ComposeTarget> of(Stack stack) {
    Stack.ComposeLayout c = stack.compose();
    if (c == null || !c.present()) return Optional.empty();
    if (blocked(stack)) return Optional.empty();
    if (c.productionFile() != null) return Optional.of(new ComposeTarget(c.productionFile(), c.productionIsOverride()));
    String dir = ".".equals(c.projectDir()) ? "" : c.projectDir() + "/";
    return Optional.of(new ComposeTarget(dir + OVERRIDE_NAME, true));
  }

  /**
   * Why there is no production target: the note a remediation that needs one leaves. Base files that set secrets to
   * placeholders and that nothing deploys yet are an example stack: it becomes production only once real secrets
   * replace those values (input from a person); otherwise there is no compose stack.
   */
  public static void explainMissing(String checkId, Stack stack, FixContext ctx, String otherwise) {
    Stack.ComposeLayout c = stack.compose();
    if (blocked(stack)) {
      ctx.needsInput(checkId, String.join(", ", c.baseFiles()) + " (not deployed by anything yet) sets secrets to placeholder values: "
          + String.join("; ", c.placeholderSecrets()) + ". Replace them with ${VARIABLES} from an env file, then run fix again to make it the production chain");
    } else {
      ctx.note(checkId, otherwise);
    }
  }

  /** True when the only candidate production base is an undeployed stack with placeholder secrets (see {@link #explainMissing}). */
  public static boolean blocked(Stack stack) {
    Stack.ComposeLayout c = stack.compose();
    return c != null && c.present() && c.productionFile() == null && !c.placeholderSecrets().isEmpty();
  }

  /** The compose files a production deploy passes with -f, in order. */
  public List<String> chain(Stack stack) {
    if (!override) return List.of(file);
    java.util.List<String> out = new java.util.ArrayList<>(stack.compose().baseFiles());
    if (!out.contains(file)) out.add(file);
    return out;
  }

  /** The target's current text, or the override skeleton when it does not exist yet (not written until an append). */
  public String text(Stack stack, Workspace ws, FixContext ctx, String checkId) {
    Optional<String> current = ws.read(file);
    if (current.isPresent()) return current.get();
    StringBuilder s = new StringBuilder();
    s.append(ctx.marker(file, checkId)).append('\n');
    s.append("# Production settings merged over ").append(String.join(", ", stack.compose().baseFiles()))
        .append(":\n#   docker compose ");
    for (String f : chain(stack)) s.append("-f ").append(relative(f)).append(' ');
    s.append("up -d --wait\n");
    if (stack.compose().version() != null) s.append("version: \"").append(stack.compose().version()).append("\"\n");
    s.append("services:\n");
    return s.toString();
  }

  /** Applies one append edit to the target; returns false (with a note) when the file cannot be edited safely. */
  public boolean append(Stack stack, Workspace ws, FixContext ctx, String checkId, List<String> path, String fragment, String reason) {
    boolean exists = ws.read(file).isPresent();
    String text = text(stack, ws, ctx, checkId);
    try {
      String next = YamlTextEditor.of(file, text).append(path, fragment);
      if (exists) return ws.patch(file, next, checkId, reason);
      if (ws.exists(file)) {
        ws.refuse(file, checkId, file + " exists but could not be read as UTF-8 text; not changed");
        return false;
      }
      boolean ok = ws.generate(file, next, checkId, reason);
      if (ok && override) {
        wireIntoDeployScripts(stack, ws, ctx, checkId);
        DevConfig.plan(checkId, stack, ws, ctx, this);
      }
      return ok;
    } catch (YamlTextEditor.EditException e) {
      ctx.note(checkId, e.getMessage());
      return false;
    }
  }

  /**
   * Makes deploy scripts use the new override: {@code -f compose.prod.yaml} goes after the last base
   * file on each compose line that names the base files (the line from the scanner's facts).
   */
  private void wireIntoDeployScripts(Stack stack, Workspace ws, FixContext ctx, String checkId) {
    String name = relative(file);
    for (Stack.Script s : stack.scripts()) {
      if (!"deploy".equals(s.kind())) continue;
      Optional<String> text = ws.read(s.file());
      if (text.isEmpty() || text.get().contains(name)) continue;
      String[] lines = text.get().split("(?<=\n)", -1);
      boolean changed = false;
      for (Stack.ComposeCall call : s.composeCalls()) {
        int i = call.line() - 1;
        if (i < 0 || i >= lines.length) continue;
        String l = lines[i];
        String last = stack.compose().baseFiles().isEmpty() ? null : relative(stack.compose().baseFiles().get(stack.compose().baseFiles().size() - 1));
        java.util.regex.Matcher m = last == null ? null
            : java.util.regex.Pattern.compile("(-f|--file)(\\s+|=)[\"']?" + java.util.regex.Pattern.quote(last) + "[\"']?").matcher(l);
        if (m != null && m.find()) {
          lines[i] = l.substring(0, m.end()) + " -f " + name + l.substring(m.end());
          changed = true;
        } else if (call.files().isEmpty() && (l.contains("docker compose ") || l.contains("docker-compose "))) {
          String chainArgs = String.join(" ", chain(stack).stream().map(f -> "-f " + relative(f)).toList()) + " ";
          lines[i] = l.replaceFirst("(docker compose |docker-compose )", "$1" + java.util.regex.Matcher.quoteReplacement(chainArgs));
          changed = true;
        } else {
          ctx.note(checkId, s.file() + ":" + call.line() + ": pass -f " + name + " to this compose call so deploys use the production settings");
        }
      }
      if (changed) ws.patch(s.file(), String.join("", lines), checkId, "deploy with the production override (" + name + ")");
    }
  }

  /** The target's YAML, or empty (with a note) when it does not parse. */
  public Optional<YamlTextEditor> editor(Stack stack, Workspace ws, FixContext ctx, String checkId) {
    String text = text(stack, ws, ctx, checkId);
    try {
      return Optional.of(YamlTextEditor.of(file, text));
    } catch (YamlTextEditor.EditException e) {
      ctx.note(checkId, e.getMessage());
      return Optional.empty();
    }
  }

  /** Whether the text runs the standalone {@code docker-compose} command (comments aside). */
  private static boolean runsDockerCompose(String text) {
    return dev.readiness.scan.shell.ComposeCommand.find(text, 1).stream().anyMatch(c -> c.program().equals("docker-compose"));
  }

  /**
   * Whether the production file may use Compose's {@code !reset}/{@code !override} tags: only when nothing
   * that deploys runs the {@code docker-compose} command (Compose v1 rejects the tags, and a standalone
   * docker-compose may be v1). The scripts readiness generates require Compose v2.
   */
  public static boolean resetSupported(Stack stack, Workspace ws) {
    List<String> files = new java.util.ArrayList<>();
    for (Stack.Script s : stack.scripts()) files.add(s.file());
    for (Stack.Workflow w : stack.workflows()) files.add(w.file());
    for (String f : List.of("Makefile", "justfile", "Justfile")) files.add(f);
    for (String f : files) {
      Optional<String> text = ws.read(f);
      if (text.isPresent() && !dev.readiness.fix.GeneratedMarker.isGenerated(text.get()) && runsDockerCompose(text.get())) return false;
    }
    return true;
  }

  /** The first deploy path that runs {@code docker-compose} (for messages), or null. */
  public static String composeV1User(Stack stack, Workspace ws) {
    for (Stack.Script s : stack.scripts()) {
      Optional<String> text = ws.read(s.file());
      if (text.isPresent() && runsDockerCompose(text.get())) return s.file();
    }
    for (Stack.Workflow w : stack.workflows()) {
      Optional<String> text = ws.read(w.file());
      if (text.isPresent() && runsDockerCompose(text.get())) return w.file();
    }
    return "Makefile";
  }

  /** A service's block in the first production base file that declares it (the files production merges first), if any. */
  public static Optional<org.yaml.snakeyaml.nodes.Node> baseNode(Stack stack, Workspace ws, String service, String... path) {
    Optional<org.yaml.snakeyaml.nodes.Node> found = Optional.empty();
    for (String f : stack.compose().baseFiles()) {
      Optional<String> text = ws.read(f);
      if (text.isEmpty()) continue;
      try {
        String[] full = new String[path.length + 2];
        full[0] = "services";
        full[1] = service;
        System.arraycopy(path, 0, full, 2, path.length);
        Optional<org.yaml.snakeyaml.nodes.Node> n = YamlTextEditor.of(f, text.get()).resolved(full);
        if (n.isPresent()) found = n;
      } catch (YamlTextEditor.EditException e) {
        // An unreadable base file: nothing known from it.
      }
    }
    return found;
  }

  /**
   * The networks a new service must join to reach the given services: the union of their networks (as
   * the production files declare them), {@code default} for a service that declares none. Empty when
   * every one is on the default network only (then the new service needs no networks key).
   */
  public List<String> networksToReach(Stack stack, Workspace ws, List<String> services) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    boolean custom = false;
    for (String svc : services) {
      Optional<org.yaml.snakeyaml.nodes.Node> n = baseNode(stack, ws, svc, "networks");
      if (n.isEmpty()) {
        Optional<String> own = ws.read(file);
        try {
          if (own.isPresent()) n = YamlTextEditor.of(file, own.get()).get("services", svc, "networks");
        } catch (YamlTextEditor.EditException e) {
          // Unreadable: treated as the default network.
        }
      }
      if (n.isEmpty()) {
        out.add("default");
      } else if (n.get() instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
        for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) out.add(YamlTextEditor.scalar(t.getKeyNode()));
        custom = true;
      } else if (n.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode q) {
        for (org.yaml.snakeyaml.nodes.Node i : q.getValue()) out.add(YamlTextEditor.scalar(i));
        custom = true;
      }
    }
    out.remove(null);
    if (!custom) return List.of();
    return List.copyOf(out);
  }

  /** The YAML lines (2-space indented, under a service) that join the given networks, or "" for none. */
  static String networksFragment(List<String> networks) {
    if (networks.isEmpty()) return "";
    StringBuilder b = new StringBuilder("  networks:\n");
    for (String n : networks) b.append("    - ").append(Yaml.q(n)).append('\n');
    return b.toString();
  }

  /** The path of a compose file relative to the project dir (compose resolves -f from there). */
  private String relative(String f) {
    int slash = file.lastIndexOf('/');
    String dir = slash < 0 ? "" : file.substring(0, slash + 1);
    return f.startsWith(dir) ? f.substring(dir.length()) : f;
  }
}
