package dev.readiness.scan.dockerfile;

import java.util.List;

/**
 * One Dockerfile instruction after line continuations are joined and heredocs are read.
 *
 * @param keyword upper-case instruction name (FROM, RUN, ...)
 * @param flags leading {@code --name[=value]} flags, quotes removed, in source order
 * @param args the text after the keyword and flags (continuations joined, comments removed)
 * @param json the exec-form arguments when the instruction is written as a JSON array, else null
 * @param heredocs here-documents in the order they are opened
 * @param original the logical line as written (keyword included, continuations joined)
 * @param startLine first physical line
 * @param endLine last physical line, closing heredoc delimiters included
 */
public record Instruction(
    String keyword, List<String> flags, String args, List<String> json, List<Heredoc> heredocs,
    String original, int startLine, int endLine) {

  public boolean isJson() { return json != null; }

  /** The value of flag {@code --name}, or null; a bare flag yields "". The last occurrence wins, as in BuildKit. */
  public String flag(String name) {
    String value = null;
    for (String f : flags) {
      if (f.equals("--" + name)) value = "";
      else if (f.startsWith("--" + name + "=")) value = f.substring(name.length() + 3);
    }
    return value;
  }

  /** Every value of a repeatable flag such as {@code --mount}. */
  public List<String> flagValues(String name) {
    return flags.stream().filter(f -> f.startsWith("--" + name + "=")).map(f -> f.substring(name.length() + 3)).toList();
  }
}
