package dev.readiness.scan.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code docker compose} / {@code docker-compose} / {@code podman compose} / {@code podman-compose}
 * command, or a {@code docker stack deploy}, read out of shell text (scripts, Makefile recipes, CI run
 * steps) by {@link #find}: the project's one parser of compose command lines. Words come from
 * {@link ShellTokenizer}; the command ends at a control operator, a redirection or a comment.
 *
 * <p>Compose's global options come before the subcommand ({@code -f/--file}, {@code -p/--project-name},
 * {@code --env-file}, {@code --profile}, ...); what follows the subcommand is its own ({@code logs -f} is
 * "follow", {@code run -p} publishes a port). For {@code docker stack deploy} the options follow
 * {@code deploy}: {@code -c/--compose-file} names the files and the first word is the stack name.
 *
 * @param line 1-based line where the command starts
 * @param program how it is spelled, blanks folded: {@code docker compose}, {@code docker-compose} (the standalone
 *     binary, possibly Compose v1), {@code podman compose}, {@code podman-compose} or {@code docker stack}
 * @param stack whether it is {@code docker stack deploy}
 * @param files compose files as written ({@code -f}, {@code --file=}, {@code -fFILE}; stack: {@code -c}), in order
 * @param projectName {@code -p}/{@code --project-name} (stack: the stack name), or null
 * @param envFiles {@code --env-file} values as written, in order
 * @param profiles {@code --profile} values, in order
 * @param subcommand up, down, pull, config, deploy (stack), ... or null when none is given
 * @param arguments the words after the subcommand
 */
public record ComposeCommand(int line, String program, boolean stack, List<String> files, String projectName, List<String> envFiles,
    List<String> profiles, String subcommand, List<String> arguments) {

  /** Where a compose command starts: not inside a longer name or path (my-docker-compose, ./docker-compose.yml). */
  private static final Pattern START = Pattern.compile(
      "(?<![\\w./$-])(?:(?:docker|podman)(?:[ \\t]+|-)compose(?![\\w.\\-/])|docker[ \\t]+stack[ \\t]+(?:deploy|up)\\b)");
  private static final Set<String> GLOBAL_WITH_VALUE = Set.of("-f", "--file", "-p", "--project-name", "--env-file",
      "--profile", "--project-directory", "--ansi", "--parallel", "--progress", "-c", "--context", "-H", "--host",
      "--log-level");
  private static final Set<String> STACK_WITH_VALUE = Set.of("-c", "--compose-file", "--resolve-image");
  private static final int MAX_COMMAND = 200;

  public ComposeCommand {
    files = List.copyOf(files);
    envFiles = List.copyOf(envFiles);
    profiles = List.copyOf(profiles);
    arguments = List.copyOf(arguments);
  }

  /** Every compose command in shell text, lines numbered from {@code firstLine}. */
  public static List<ComposeCommand> find(String text, int firstLine) {
    List<ComposeCommand> out = new ArrayList<>();
    for (ShellTokenizer.Line l : ShellTokenizer.lines(text, firstLine)) out.addAll(inLine(l.text(), l.line()));
    return out;
  }

  /** Every compose command in one logical line. */
  public static List<ComposeCommand> inLine(String text, int line) {
    List<ComposeCommand> out = new ArrayList<>();
    Matcher m = START.matcher(text);
    while (m.find()) {
      String[] words = m.group().trim().split("[ \t]+");
      String program = words.length == 1 ? words[0] : words[0] + " " + words[1];
      out.add(parse(line, program, text.substring(m.end())));
    }
    return out;
  }

  /**
   * Parses what follows {@code docker compose} (or {@code docker stack deploy}) up to the end of the command.
   *
   * @param program the command's spelling ({@code docker stack}: {@code rest} follows {@code docker stack deploy})
   */
  public static ComposeCommand parse(int line, String program, String rest) {
    boolean stack = program.equals("docker stack");
    List<String> words = new ArrayList<>();
    for (ShellTokenizer.Token t : ShellTokenizer.tokens(rest)) {
      if (!t.isWord()) break;
      words.add(t.value());
    }
    List<String> files = new ArrayList<>();
    List<String> envFiles = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    String project = null;
    String sub = stack ? "deploy" : null;
    List<String> arguments = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (sub != null && !stack) { arguments.add(w); continue; }
      String opt = w;
      String value = null;
      int eq = w.indexOf('=');
      if (w.startsWith("--") && eq > 0) {
        opt = w.substring(0, eq);
        value = w.substring(eq + 1);
      } else if (!stack && w.startsWith("-f") && w.length() > 2 && !w.startsWith("--")) {
        opt = "-f";
        value = w.substring(2);
      }
      boolean takesValue = (stack ? STACK_WITH_VALUE : GLOBAL_WITH_VALUE).contains(opt);
      if (takesValue) {
        if (value == null && k + 1 < words.size()) value = words.get(++k);
        if (value == null) continue;
        if (stack ? opt.equals("-c") || opt.equals("--compose-file") : opt.equals("-f") || opt.equals("--file")) files.add(value);
        else if (opt.equals("-p") || opt.equals("--project-name")) project = value;
        else if (opt.equals("--env-file")) envFiles.add(value);
        else if (opt.equals("--profile")) profiles.add(value);
      } else if (w.startsWith("-")) {
        if (stack) arguments.add(w);
      } else if (stack) {
        if (project == null) project = w;
        arguments.add(w);
      } else {
        sub = w;
      }
    }
    return new ComposeCommand(line, program, stack, files, project, envFiles, profiles, sub, arguments);
  }

  /** The subcommand and its arguments as one string ({@code up -d --wait}), at most 200 characters. */
  public String command() {
    if (subcommand == null) return "";
    String s = stack ? String.join(" ", arguments) : String.join(" ", prepend(subcommand, arguments));
    if (stack) s = s.isEmpty() ? "deploy" : "deploy " + s;
    return s.length() > MAX_COMMAND ? s.substring(0, MAX_COMMAND) + "…" : s;
  }

  /** Whether it waits for the services to be healthy ({@code up --wait}). */
  public boolean waits() {
    return "up".equals(subcommand) && arguments.stream().anyMatch(w -> w.equals("--wait") || w.equals("--wait=true"));
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(first);
    out.addAll(rest);
    return out;
  }
}
