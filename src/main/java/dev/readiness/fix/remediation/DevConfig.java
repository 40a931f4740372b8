package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.YamlTextEditor;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Keeps development configuration out of a production override readiness creates: when the base files
 * production merges build a development stage, run a development server or bind-mount the source,
 * the override builds the production stage instead and (where the deploying Compose supports
 * {@code !reset}/{@code !override}) drops the dev command and source mounts. What cannot be undone
 * safely is reported as input the user must give; the override never pretends to be production-ready.
 */
final class DevConfig {
  private static final Pattern DEV_TARGET = Pattern.compile("(?i)^(dev|develop|development|debug|test|tests|testing|local)([-_].*)?$");
  private static final Pattern DEV_COMMAND = Pattern.compile(
      "(?i)(\\b(npm|yarn|pnpm|bun)\\s+(run\\s+)?(dev|start:dev|watch|serve)\\b|\\bnodemon\\b|\\bmanage\\.py\\s+runserver\\b|--reload\\b"
      + "|\\bflask\\s+run\\b|\\bnext\\s+dev\\b|\\bvite(\\s|$)|\\bair(\\s|$)|\\bwatchexec\\b|\\brails\\s+s(erver)?\\b.*-e\\s*development|--debug\\b|\\bng\\s+serve\\b)");
  private static final Pattern PROD_STAGE = Pattern.compile("(?i)^(prod|production|release|runtime|final|runner)$");
  private static final Pattern FROM_AS = Pattern.compile("(?im)^\\s*FROM\\s+\\S+(?:\\s+--\\S+)*\\s+AS\\s+([A-Za-z0-9_.-]+)\\s*$");

  private DevConfig() {}

  /** Plans the clean-up for every service of the production base files; idempotent (checks the override first). */
  static void plan(String checkId, Stack stack, Workspace ws, FixContext ctx, ComposeTarget t) {
    if (!t.override()) return;
    boolean reset = ComposeTarget.resetSupported(stack, ws);
    for (Stack.Service s : stack.services()) {
      Optional<YamlTextEditor> ed = t.editor(stack, ws, ctx, checkId);
      if (ed.isEmpty()) return;
      List<String> path = List.of("services", s.name());
      // 1. The build target.
      Optional<String> target = ComposeTarget.baseNode(stack, ws, s.name(), "build", "target").map(YamlTextEditor::scalar);
      if (target.isPresent() && DEV_TARGET.matcher(target.get()).matches() && !ed.get().has("services", s.name(), "build", "target")) {
        Optional<String> prod = productionStage(stack, ws, s);
        if (prod.isPresent()) {
          t.append(stack, ws, ctx, checkId, List.of("services", s.name(), "build"), "target: " + Yaml.q(prod.get()) + "\n",
              "build " + s.name() + "'s production stage " + prod.get() + " (the base file builds " + target.get() + ")");
        } else {
          ctx.needsInput(checkId, s.name() + " builds the development stage '" + target.get() + "' in " + String.join(", ", stack.compose().baseFiles())
              + " and its Dockerfile has no stage named production/prod/release/runtime: name the production stage and set build.target to it in " + t.file());
        }
      }
      // 2. A development server command.
      Optional<Node> cmd = ComposeTarget.baseNode(stack, ws, s.name(), "command");
      String cmdText = cmd.map(DevConfig::text).orElse("");
      if (!cmdText.isEmpty() && DEV_COMMAND.matcher(cmdText).find() && !ed.get().has("services", s.name(), "command")) {
        if (reset) {
          t.append(stack, ws, ctx, checkId, path, "command: !reset null\n", "run " + s.name() + "'s image command, not the development command `" + cmdText + "`");
        } else {
          ctx.needsInput(checkId, s.name() + " runs the development command `" + cmdText + "` in the base compose file; give production its start command in "
              + t.file() + " (`" + ComposeTarget.composeV1User(stack, ws) + "` runs docker-compose, which cannot reset it)");
        }
      }
      // 3. Source bind mounts.
      Optional<Node> vols = ComposeTarget.baseNode(stack, ws, s.name(), "volumes");
      if (vols.isPresent() && vols.get() instanceof SequenceNode seq && !ed.get().has("services", s.name(), "volumes")) {
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean longSyntax = false;
        if (s.buildContext() == null) continue; // a stock image (a database, a proxy) has no source tree: its mounts are data and config
        for (Node item : seq.getValue()) {
          if (item instanceof ScalarNode sc) {
            if (sourceMount(sc.getValue(), s.buildContext())) dropped.add(sc.getValue());
            else kept.add(sc.getValue());
          } else {
            longSyntax = true;
            if (item instanceof MappingNode m && "bind".equals(value(m, "type")) && !"true".equals(value(m, "read_only"))
                && sourceMount(value(m, "source") + ":" + value(m, "target"), s.buildContext())) {
              dropped.add(value(m, "source") + ":" + value(m, "target"));
            }
          }
        }
        if (dropped.isEmpty()) continue;
        if (reset && !longSyntax) {
          StringBuilder f = new StringBuilder("volumes: !override");
          if (kept.isEmpty()) f.append(" []\n");
          else {
            f.append('\n');
            for (String k : kept) f.append("  - ").append(Yaml.q(k)).append('\n');
          }
          t.append(stack, ws, ctx, checkId, path, f.toString(), "do not mount the source tree (" + String.join(", ", dropped) + ") into " + s.name() + " in production");
        } else {
          ctx.needsInput(checkId, s.name() + " bind-mounts source code (" + String.join(", ", dropped) + ") in the base compose file; move these mounts to "
              + "docker-compose.override.yml (development) so production runs the built image");
        }
      }
    }
  }

  private static final Pattern BUILD_STEP = Pattern.compile("(?i)(\\b(yarn|npm|pnpm|bun)\\b.*\\bbuild\\b|\\bbuild:(js|css|assets)\\b|--watch\\b|\\bwatch:)");

  /**
   * A service that only serves development: it runs a development server or an asset build/watcher, or it
   * bind-mounts its source tree over the image (a stock image's mounts are data and config, not source).
   */
  static boolean developmentService(Stack stack, Workspace ws, Stack.Service s) {
    String cmd = ComposeTarget.baseNode(stack, ws, s.name(), "command").map(DevConfig::text).orElse("");
    if (!cmd.isEmpty() && (DEV_COMMAND.matcher(cmd).find() || BUILD_STEP.matcher(cmd).find())) return true;
    if (s.buildContext() == null) return false;
    Optional<Node> vols = ComposeTarget.baseNode(stack, ws, s.name(), "volumes");
    if (vols.isPresent() && vols.get() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode sc && sourceMount(sc.getValue(), s.buildContext())) return true;
      }
    }
    return false;
  }

  /** The production stage of the Dockerfile a service builds: a stage named prod/production/release/runtime, else none. */
  private static Optional<String> productionStage(Stack stack, Workspace ws, Stack.Service s) {
    String df = s.dockerfile() != null ? s.dockerfile() : s.buildContext() == null ? null : (".".equals(s.buildContext()) ? "" : s.buildContext() + "/") + "Dockerfile";
    if (df == null) return Optional.empty();
    Optional<String> text = ws.read(df);
    if (text.isEmpty()) return Optional.empty();
    Matcher m = FROM_AS.matcher(text.get());
    while (m.find()) {
      if (PROD_STAGE.matcher(m.group(1)).matches()) return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  private static final Pattern CODE_DIR = Pattern.compile("^/(app|code|src|usr/src/app|usr/src|srv/app|srv|var/www|var/www/html|opt/app|home/[^/]+/app|workspace|project)(/src)?/?$");

  /**
   * A short-syntax volume of a service that builds from {@code context} which mounts its source tree
   * read-write over the image: the build context itself (./backend:/app, .:/app), or a project dir
   * mounted onto the image's code dir (/app, /code, /usr/src/app, ...). Config files, data dirs and
   * named volumes are not source.
   */
  static boolean sourceMount(String spec, String context) {
    String[] parts = spec.split(":");
    if (parts.length < 2) return false;
    if (parts.length >= 3 && parts[parts.length - 1].contains("ro")) return false;
    if (!sourceDir(parts[0])) return false;
    String src = normalize(parts[0]);
    return src.equals(normalize(context)) || CODE_DIR.matcher(parts[1]).matches();
  }

  private static String normalize(String dir) {
    String d = dir.startsWith("./") ? dir.substring(2) : dir;
    while (d.endsWith("/")) d = d.substring(0, d.length() - 1);
    return d.isEmpty() ? "." : d;
  }

  private static boolean sourceDir(String src) {
    if (src == null || !(src.equals(".") || src.startsWith("./") || src.startsWith("../"))) return false;
    String last = src.substring(src.lastIndexOf('/') + 1);
    // A file (./nginx.conf) or data dir (./data, ./backups, ./logs) is configuration or state, not source.
    if (last.contains(".") && !last.equals(".") && !last.equals("..")) return false;
    return !List.of("data", "backups", "backup", "logs", "log", "certs", "ssl", "secrets", "media", "uploads", "storage", "db", "volumes", "config", "conf")
        .contains(last.toLowerCase(Locale.ROOT)) && !last.toLowerCase(Locale.ROOT).matches(".*(data|db|backups?|logs?)$");
  }

  private static String value(MappingNode m, String key) {
    return YamlTextEditor.tuple(m, key).map(t -> YamlTextEditor.scalar(t.getValueNode())).orElse(null);
  }

  private static String text(Node n) {
    if (n instanceof ScalarNode sc) return sc.getValue();
    if (n instanceof SequenceNode q) {
      List<String> parts = new ArrayList<>();
      for (Node i : q.getValue()) if (i instanceof ScalarNode sc) parts.add(sc.getValue());
      return String.join(" ", parts);
    }
    return "";
  }
}
