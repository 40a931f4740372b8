package dev.readiness.cli;

import dev.readiness.check.CheckCatalog;
import dev.readiness.check.CheckMetadata;
import dev.readiness.usage.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness explain ID}: what a check looks for, why, the evidence it accepts and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain what a check looks for, why it matters, the evidence it accepts and how to fix it.")
public final class ExplainCommand implements Callable<Integer> {
  private static final int WIDTH = 96;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "Check ID, e.g. security.container.non-root (see `readiness rules`).")
  String id;

  @Option(names = "--policy", paramLabel = "DIR", description = "Also look in this Rego policy directory (repeatable).")
  List<Path> policyDirs = new ArrayList<>();

  @Override
  public Integer call() {
    CheckCatalog catalog = RulesCommand.catalog(policyDirs);
    Optional<CheckMetadata> check = catalog.find(id.trim());
    if (check.isEmpty()) {
      List<String> suggestions = catalog.suggestions(id, 5);
      StringBuilder msg = new StringBuilder("unknown check ID '" + id + "'");
      if (!suggestions.isEmpty()) msg.append("; did you mean: ").append(String.join(", ", suggestions));
      msg.append(" (run `readiness rules` for the list)");
      throw new UsageException(msg.toString());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(render(check.get()));
    out.flush();
    return ExitCodes.OK;
  }

  /** The explanation text of one check. */
  static String render(CheckMetadata c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.id()).append(" - ").append(c.title()).append("\n\n");
    sb.append("Category: ").append(c.category()).append("    Severity: ").append(c.severity().id())
        .append(" (weight ").append(c.severity().weight()).append(")\n\n");
    sb.append("What it looks for and why:\n").append(wrap(c.description(), "  ")).append("\n");
    if (!c.evidence().isEmpty()) {
      sb.append("Evidence accepted:\n");
      for (String e : c.evidence()) sb.append(wrap(e, "  - ", "    "));
      sb.append("\n");
    }
    sb.append("How to fix:\n").append(wrap(c.remediation().isBlank() ? "(no remediation documented)" : c.remediation(), "  ")).append("\n");
    sb.append("readiness fix: ").append(c.fixable() ? "yes, `readiness fix --only " + c.id() + "` remediates it" : "no, fix it by hand").append("\n");
    if (c.seed() != null) sb.append("Seed audit line: ").append(c.seed()).append("\n");
    sb.append("Policy: ").append(c.source()).append("\n");
    return sb.toString();
  }

  private static String wrap(String text, String indent) {
    return wrap(text, indent, indent);
  }

  // Greedy word wrap so long METADATA descriptions read well in a terminal.
  private static String wrap(String text, String first, String rest) {
    StringBuilder sb = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    int prefix = first.length();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > prefix && line.length() + 1 + word.length() > WIDTH) {
        sb.append(line).append('\n');
        line = new StringBuilder(rest);
        prefix = rest.length();
      }
      if (line.length() > prefix) line.append(' ');
      line.append(word);
    }
    sb.append(line).append('\n');
    return sb.toString();
  }
}
