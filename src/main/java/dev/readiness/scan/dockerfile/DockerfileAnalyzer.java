package dev.readiness.scan.dockerfile;

import dev.readiness.scan.shell.ShellTokenizer;
import dev.readiness.model.ImageReference;
import dev.readiness.scan.dockerfile.DockerfileFacts.Command;
import dev.readiness.scan.dockerfile.DockerfileFacts.Copy;
import dev.readiness.scan.dockerfile.DockerfileFacts.Expose;
import dev.readiness.scan.dockerfile.DockerfileFacts.From;
import dev.readiness.scan.dockerfile.DockerfileFacts.GlobalArg;
import dev.readiness.scan.dockerfile.DockerfileFacts.Healthcheck;
import dev.readiness.scan.dockerfile.DockerfileFacts.KeyKind;
import dev.readiness.scan.dockerfile.DockerfileFacts.Run;
import dev.readiness.scan.dockerfile.DockerfileFacts.Stage;
import dev.readiness.scan.dockerfile.DockerfileFacts.StageArg;
import dev.readiness.scan.dockerfile.DockerfileFacts.User;
import dev.readiness.scan.SecretPatterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Turns a parsed Dockerfile into facts: stages with their base image (global ARG defaults resolved),
 * last USER/HEALTHCHECK/WORKDIR, ports, ENV/ARG keys with value kinds, RUN analysis, COPY/ADD, CMD/ENTRYPOINT.
 */
final class DockerfileAnalyzer {
  private static final int MAX_COMMAND_CHARS = 4000;

  private final ValueKindClassifier kinds;

  DockerfileAnalyzer(ValueKindClassifier kinds) {
    this.kinds = kinds;
  }

  /**
   * @param problems receives (line, message) for semantic problems such as instructions before FROM
   */
  DockerfileFacts analyze(String file, String context, DockerfileAst ast, BiConsumer<Integer, String> problems) {
    char esc = ast.escape();
    List<GlobalArg> globalArgs = new ArrayList<>();
    Map<String, String> globalValues = new HashMap<>();
    List<Stage> stages = new ArrayList<>();
    StageBuilder current = null;
    for (Instruction in : ast.instructions()) {
      String kw = in.keyword();
      if (kw.equals("FROM")) {
        if (current != null) stages.add(current.build());
        current = new StageBuilder(stages.size(), in, from(in, globalValues, stages, esc));
        continue;
      }
      if (current == null) {
        if (kw.equals("ARG")) {
          for (String[] kv : argPairs(in.args(), esc)) {
            globalArgs.add(new GlobalArg(kv[0], kv[1] != null, kinds.classify(kv[0], kv[1] == null ? "" : kv[1]), in.startLine()));
            // An ARG default may use earlier ARGs (ARG TAG=${VERSION}-slim), as docker expands it.
            String value = kv[1] == null || kv[1].indexOf('$') < 0 ? kv[1] : Variables.expand(kv[1], globalValues, esc);
            globalValues.put(kv[0], value == null ? kv[1] : value);
          }
        } else if (DockerfileParser.INSTRUCTIONS.contains(kw)) {
          problems.accept(in.startLine(), kw + " before the first FROM");
        }
        continue;
      }
      current.add(in, esc);
    }
    if (current != null) stages.add(current.build());
    String escape = String.valueOf(esc);
    DockerfileFacts.Directives directives = new DockerfileFacts.Directives(
        ast.directives().get("syntax"), escape, ast.directives().get("check"));
    return new DockerfileFacts(file, context, directives, List.copyOf(globalArgs), List.copyOf(stages),
        stages.isEmpty() ? null : stages.size() - 1, ast.instructions().size());
  }

  private static From from(Instruction in, Map<String, String> globals, List<Stage> earlier, char esc) {
    List<String> words = ShellTokenizer.rawWords(in.args(), esc);
    String raw = words.isEmpty() ? "" : words.get(0);
    String resolved = Variables.expand(raw, globals, esc);
    if (resolved != null && resolved.isEmpty()) resolved = null;
    String stageRef = null;
    if (resolved != null) {
      for (Stage s : earlier) {
        if (s.name() != null && s.name().equalsIgnoreCase(resolved)) stageRef = s.name();
      }
    }
    boolean scratch = "scratch".equalsIgnoreCase(resolved);
    ImageReference ref = stageRef != null || scratch ? null : ImageReference.parse(resolved);
    return new From(raw, resolved, ref == null ? null : ref.registry(), ref == null ? null : ref.repository(),
        ref == null ? null : ref.tag(), ref == null ? null : ref.digest(), scratch, stageRef, in.flag("platform"));
  }

  /** ARG words as {name, default-or-null}, default unquoted. */
  static List<String[]> argPairs(String args, char esc) {
    List<String[]> out = new ArrayList<>();
    for (String w : ShellTokenizer.rawWords(args, esc)) {
      int eq = w.indexOf('=');
      if (eq < 0) out.add(new String[] {w, null});
      else out.add(new String[] {w.substring(0, eq), ShellTokenizer.unquote(w.substring(eq + 1), esc)});
    }
    return out;
  }

  /** ENV as key/value pairs (values unquoted), both {@code k=v ...} and legacy {@code k v} forms. */
  private static List<String[]> envPairs(String args, char esc) {
    List<String[]> out = new ArrayList<>();
    List<String> words = ShellTokenizer.rawWords(args, esc);
    if (words.isEmpty()) return out;
    if (!words.get(0).contains("=")) {
      out.add(new String[] {words.get(0), ShellTokenizer.unquote(args.strip().substring(words.get(0).length()).strip(), esc)});
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq > 0) out.add(new String[] {ShellTokenizer.unquote(w.substring(0, eq), esc), ShellTokenizer.unquote(w.substring(eq + 1), esc)});
    }
    return out;
  }

  static String commandText(Instruction in) {
    StringBuilder sb = new StringBuilder(in.isJson() ? String.join(" ", in.json()) : in.args());
    for (Heredoc h : in.heredocs()) sb.append('\n').append(h.content());
    return sb.toString();
  }

  private static String shown(String command) {
    String masked = SecretPatterns.mask(command);
    return masked.length() <= MAX_COMMAND_CHARS ? masked : masked.substring(0, MAX_COMMAND_CHARS) + "…";
  }

  /** Accumulates one stage's instructions; later USER/HEALTHCHECK/CMD/ENTRYPOINT/WORKDIR replace earlier ones. */
  private final class StageBuilder {
    private final int index;
    private final String name;
    private final int line;
    private final From from;
    private User user;
    private Healthcheck healthcheck;
    private final List<Expose> expose = new ArrayList<>();
    private final List<KeyKind> env = new ArrayList<>();
    private final List<StageArg> args = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<Copy> copies = new ArrayList<>();
    private Command cmd;
    private Command entrypoint;
    private String workdir;

    StageBuilder(int index, Instruction fromInstruction, From from) {
      this.index = index;
      this.line = fromInstruction.startLine();
      this.from = from;
      List<String> words = ShellTokenizer.rawWords(fromInstruction.args(), '\\');
      this.name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null;
    }

    void add(Instruction in, char esc) {
      int at = in.startLine();
      switch (in.keyword()) {
        case "USER":
          user = new User(in.args().strip(), at);
          break;
        case "HEALTHCHECK":
          healthcheck = healthcheck(in, at);
          break;
        case "EXPOSE":
          for (String w : ShellTokenizer.rawWords(in.args(), esc)) {
            String p = ShellTokenizer.unquote(w, esc);
            int slash = p.indexOf('/');
            expose.add(new Expose(slash < 0 ? p : p.substring(0, slash),
                slash < 0 ? "tcp" : p.substring(slash + 1).toLowerCase(Locale.ROOT), at));
          }
          break;
        case "ENV":
          for (String[] kv : envPairs(in.args(), esc)) env.add(new KeyKind(kv[0], kinds.classify(kv[0], kv[1]), at));
          break;
        case "ARG":
          for (String[] kv : argPairs(in.args(), esc)) {
            args.add(new StageArg(kv[0], kinds.classify(kv[0], kv[1] == null ? "" : kv[1]), kv[1] != null, at));
          }
          break;
        case "RUN": {
          String text = commandText(in);
          List<String> mounts = in.flagValues("mount");
          runs.add(new Run(at, in.endLine(), in.isJson() ? "json" : "shell", shown(text), mounts, in.flag("network"),
              in.flag("security"), RunCommands.packageManagers(text), RunCommands.cleansCache(text, mounts),
              RunCommands.curlPipeShell(text)));
          break;
        }
        case "COPY":
        case "ADD":
          copies.add(copy(in, esc));
          break;
        case "CMD":
          cmd = command(in);
          break;
        case "ENTRYPOINT":
          entrypoint = command(in);
          break;
        case "WORKDIR":
          workdir = ShellTokenizer.unquote(in.args().strip(), esc);
          break;
        default:
          break;
      }
    }

    private Healthcheck healthcheck(Instruction in, int at) {
      String args = in.args().strip();
      if (args.equalsIgnoreCase("NONE")) return new Healthcheck(true, null, null, null, null, at);
      String test = in.isJson() ? String.join(" ", in.json()) : args.regionMatches(true, 0, "CMD", 0, 3) ? args.substring(3).strip() : args;
      return new Healthcheck(false, shown(test), in.flag("interval"), in.flag("timeout"), in.flag("retries"), at);
    }

    private Copy copy(Instruction in, char esc) {
      List<String> parts = new ArrayList<>();
      if (in.isJson()) parts.addAll(in.json());
      else for (String w : ShellTokenizer.rawWords(in.args(), esc)) parts.add(ShellTokenizer.unquote(w, esc));
      String dest = parts.isEmpty() ? null : parts.remove(parts.size() - 1);
      return new Copy(in.startLine(), in.keyword(), List.copyOf(parts), dest, in.flag("from"), in.flag("chown"), in.flag("chmod"));
    }

    private Command command(Instruction in) {
      if (in.isJson()) return new Command("json", in.json().stream().map(DockerfileAnalyzer::shown).toList(), in.startLine());
      return new Command("shell", List.of(shown(in.args().strip())), in.startLine());
    }

    Stage build() {
      return new Stage(index, name, line, from, user, healthcheck, List.copyOf(expose), List.copyOf(env),
          List.copyOf(args), List.copyOf(runs), List.copyOf(copies), cmd, entrypoint, workdir);
    }
  }
}
