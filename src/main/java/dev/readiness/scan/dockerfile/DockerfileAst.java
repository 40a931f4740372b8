package dev.readiness.scan.dockerfile;

import dev.readiness.scan.shell.ShellTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed Dockerfile: parser directives, instructions with line numbers and the problems met on the way.
 *
 * @param directives parser directives by lower-case name (syntax, escape, check)
 * @param escape the escape character in effect
 * @param instructions every instruction, unknown ones included, in source order
 * @param problems syntax problems (the parse continues past each)
 */
public record DockerfileAst(Map<String, String> directives, char escape, List<Instruction> instructions, List<Problem> problems) {

  /** A syntax problem at a line. */
  public record Problem(int line, String message) {}

  /** The instructions in conftest's Dockerfile input shape (a list of commands). */
  public List<ConftestCommand> conftestView() {
    List<ConftestCommand> out = new ArrayList<>();
    int stage = -1;
    for (Instruction in : instructions) {
      String cmd = in.keyword().toLowerCase(Locale.ROOT);
      if (cmd.equals("from")) stage++;
      String subCmd = "";
      if (cmd.equals("onbuild")) {
        String rest = in.args().strip();
        int sp = firstSpace(rest);
        subCmd = (sp < 0 ? rest : rest.substring(0, sp)).toLowerCase(Locale.ROOT);
      }
      out.add(new ConftestCommand(cmd, subCmd, in.flags(), BuildkitValues.of(in), in.original(), in.isJson(),
          Math.max(stage, 0), in.startLine(), in.endLine()));
    }
    return out;
  }

  /**
   * The image the stage named {@code target} (or the final stage, when null) is built from: global ARG
   * defaults expanded, {@code FROM <earlier stage>} followed. Null when there is no such stage, or the
   * base is {@code scratch} or holds a variable without a value.
   */
  public String baseImage(String target) {
    Map<String, String> globals = new HashMap<>();
    Map<String, String> stages = new HashMap<>();
    String chosen = null;
    boolean seenFrom = false;
    for (Instruction in : instructions) {
      if (in.keyword().equals("ARG") && !seenFrom) {
        for (String[] kv : DockerfileAnalyzer.argPairs(in.args(), escape)) {
          String value = kv[1] == null || kv[1].indexOf('$') < 0 ? kv[1] : Variables.expand(kv[1], globals, escape);
          globals.put(kv[0], value == null ? kv[1] : value);
        }
        continue;
      }
      if (!in.keyword().equals("FROM")) continue;
      seenFrom = true;
      List<String> words = ShellTokenizer.rawWords(in.args(), escape);
      if (words.isEmpty()) continue;
      String image = Variables.expand(words.get(0), globals, escape);
      String from = image == null ? null : stages.getOrDefault(image.toLowerCase(Locale.ROOT), image);
      String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2).toLowerCase(Locale.ROOT) : null;
      if (name != null) stages.put(name, from);
      if (target == null || target.equalsIgnoreCase(name)) chosen = from;
      if (target != null && target.equalsIgnoreCase(name)) break;
    }
    return chosen == null || chosen.isEmpty() || chosen.contains("$") || chosen.equalsIgnoreCase("scratch") ? null : chosen;
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
    return -1;
  }
}
