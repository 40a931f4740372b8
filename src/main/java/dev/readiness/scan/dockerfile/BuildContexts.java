package dev.readiness.scan.dockerfile;

import dev.readiness.model.FileKind;
import dev.readiness.discover.RepoPaths;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.shell.ShellTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build contexts a Dockerfile is built with, as the repository's own build commands say: CI
 * build steps ({@code file:} with {@code context:}, as docker/build-push-action takes them),
 * {@code docker build -f FILE CONTEXT} lines in scripts, workflows and Makefiles, and dev container
 * definitions ({@code "build": {"dockerfile", "context"}}). Compose builds are read by the compose scanner.
 */
final class BuildContexts {
  /** Where a Dockerfile is built from. */
  record Context(String dir, String file, int line) {}

  private static final Pattern KEY = Pattern.compile("^(\\s*)(?:-\\s+)?(file|dockerfile|context)\\s*:\\s*[\"']?([^\"'#\\s]+)[\"']?\\s*(?:#.*)?$");
  private static final Pattern BUILD_CMD = Pattern.compile("\\b(?:docker|podman)\\s+(?:buildx\\s+)?build\\b");
  private static final Pattern JSON_BUILD = Pattern.compile("\"build\"\\s*:\\s*\\{([^{}]*)\\}", Pattern.DOTALL);
  private static final Pattern JSON_FIELD = Pattern.compile("\"(dockerfile|context)\"\\s*:\\s*\"([^\"]*)\"");

  private BuildContexts() {}

  /** Build contexts by Dockerfile path. */
  static Map<String, List<Context>> find(ScanContext context) {
    Map<String, List<Context>> out = new LinkedHashMap<>();
    for (SourceFile f : context.files()) {
      boolean ci = f.is(FileKind.WORKFLOW);
      boolean script = ci || f.is(FileKind.SCRIPT) || f.is(FileKind.MAKEFILE);
      boolean devcontainer = f.path().toLowerCase(Locale.ROOT).matches("(?:.*/)?\\.?devcontainer(?:/.*)?\\.json");
      if (!script && !devcontainer) continue;
      Optional<String> text = context.read(f);
      if (text.isEmpty()) continue;
      if (devcontainer) devcontainer(f.path(), text.get(), context, out);
      if (ci) ciSteps(f.path(), text.get(), context, out);
      if (script) commands(f.path(), text.get(), context, out);
    }
    return out;
  }

  /** {@code file:}/{@code dockerfile:} next to {@code context:} in one mapping (paths relative to the checkout). */
  private static void ciSteps(String source, String text, ScanContext context, Map<String, List<Context>> out) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = KEY.matcher(lines[i]);
      if (!m.matches() || m.group(2).equals("context")) continue;
      String indent = m.group(1);
      String ctx = null;
      for (int j = Math.max(0, i - 8); j < Math.min(lines.length, i + 9) && ctx == null; j++) {
        Matcher c = KEY.matcher(lines[j]);
        if (j != i && c.matches() && c.group(2).equals("context") && c.group(1).length() == indent.length()) ctx = c.group(3);
      }
      if (ctx == null) continue;
      add(out, context, RepoPaths.join(".", m.group(3)), RepoPaths.join(".", ctx), source, i + 1);
    }
  }

  /** {@code docker build [-f FILE] CONTEXT} (the Dockerfile defaults to CONTEXT/Dockerfile). */
  private static void commands(String source, String text, ScanContext context, Map<String, List<Context>> out) {
    for (ShellTokenizer.Line line : ShellTokenizer.lines(text, 1)) {
      Matcher m = BUILD_CMD.matcher(line.text());
      if (!m.find()) continue;
      List<String> words = new ArrayList<>();
      for (ShellTokenizer.Token t : ShellTokenizer.tokens(line.text().substring(m.end()))) {
        if (!t.isWord()) break;
        words.add(t.value());
      }
      String file = null;
      String ctx = null;
      for (int k = 0; k < words.size(); k++) {
        String w = words.get(k);
        if (w.isEmpty()) continue;
        if (w.equals("-f") || w.equals("--file")) {
          if (k + 1 < words.size()) file = words.get(++k);
        } else if (w.startsWith("--file=")) {
          file = w.substring(7);
        } else if (w.startsWith("-") && !w.contains("=") && k + 1 < words.size() && TAKES_VALUE.matcher(w).matches()) {
          k++;
        } else if (!w.startsWith("-")) {
          ctx = w;
        }
      }
      if (ctx == null || ctx.contains("$") || ctx.contains("://") || ctx.equals("-")) continue;
      String dir = RepoPaths.join(".", ctx);
      String df = file == null ? RepoPaths.join(dir == null ? "." : dir, "Dockerfile") : RepoPaths.join(".", file);
      add(out, context, df, dir, source, line.line());
    }
  }

  private static final Pattern TAKES_VALUE = Pattern.compile(
      "-t|--tag|--build-arg|--target|--platform|--label|--secret|--ssh|--cache-from|--cache-to|--output|-o|--network|--progress|--iidfile|--build-context|--add-host|--memory|-m|--ulimit");

  /** A dev container's build: paths relative to the folder holding devcontainer.json. */
  private static void devcontainer(String source, String text, ScanContext context, Map<String, List<Context>> out) {
    Matcher b = JSON_BUILD.matcher(text);
    if (!b.find()) return;
    String file = null;
    String ctx = ".";
    Matcher f = JSON_FIELD.matcher(b.group(1));
    while (f.find()) {
      if (f.group(1).equals("dockerfile")) file = f.group(2);
      else ctx = f.group(2);
    }
    if (file == null) return;
    String base = RepoPaths.dir(source);
    int line = 1 + (int) text.substring(0, b.start()).chars().filter(c -> c == '\n').count();
    add(out, context, RepoPaths.join(base, file), RepoPaths.join(base, ctx), source, line);
  }

  private static void add(Map<String, List<Context>> out, ScanContext context, String dockerfile, String dir, String source, int line) {
    if (dockerfile == null || dir == null || context.file(dockerfile).isEmpty()) return;
    List<Context> list = out.computeIfAbsent(dockerfile, k -> new ArrayList<>());
    if (list.stream().noneMatch(c -> c.dir().equals(dir))) list.add(new Context(dir, source, line));
  }
}
