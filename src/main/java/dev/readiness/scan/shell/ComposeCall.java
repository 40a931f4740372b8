package dev.readiness.scan.shell;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A {@link ComposeCommand} as the input document shows it for a script or CI step.
 *
 * @param line 1-based line of the invocation
 * @param command the subcommand and its arguments ({@code up -d --wait})
 * @param files compose files named with {@code -f}/{@code --file}, in order
 * @param waits whether it waits for health ({@code up --wait})
 */
public record ComposeCall(int line, String command, List<String> files, @JsonProperty("wait") boolean waits) {

  /** The facts of one parsed command. */
  public static ComposeCall of(ComposeCommand c) {
    return new ComposeCall(c.line(), c.command(), c.files(), c.waits());
  }

  /** The compose calls in shell text, lines numbered from {@code firstLine}. */
  public static List<ComposeCall> in(String text, int firstLine) {
    return ComposeCommand.find(text, firstLine).stream().map(ComposeCall::of).toList();
  }
}
