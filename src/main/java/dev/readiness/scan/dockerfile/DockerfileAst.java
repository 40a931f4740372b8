package dev.readiness.scan.dockerfile;

import java.util.ArrayList;
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

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
    return -1;
  }
}
