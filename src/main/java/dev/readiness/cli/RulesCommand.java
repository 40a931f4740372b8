package dev.readiness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.readiness.check.Categories;
import dev.readiness.check.CheckCatalog;
import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.CheckSelection;
import dev.readiness.check.RunnerOptions;
import dev.readiness.usage.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readiness rules}: lists every built-in check from its METADATA. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every check: ID, category, severity, title and whether `readiness fix` remediates it.")
public final class RulesCommand implements Callable<Integer> {
  /** Output formats of the listing. */
  public enum Format { table, json, md }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or md.")
  Format format;

  @Option(names = "--category", paramLabel = "C",
      description = "Only checks of this category: infrastructure, automation, security, monitoring, documentation.")
  String category;

  @Mixin CheckSelectionOptions selection = new CheckSelectionOptions();

  @Option(names = "--policy", paramLabel = "DIR",
      description = "Also list the checks of this Rego policy directory (repeatable), as `scan --policy` loads them.")
  List<Path> policyDirs = new ArrayList<>();

  @Override
  public Integer call() {
    CheckCatalog catalog = catalog(policyDirs);
    List<CheckMetadata> checks = category == null ? catalog.all() : catalog.inCategory(category.toLowerCase(Locale.ROOT));
    if (checks.isEmpty() && category != null) {
      throw new UsageException("unknown category '" + category + "' (expected one of " + String.join(", ", Categories.SCORED) + ")");
    }
    CheckSelection chosen = selection.validated(catalog.all());
    checks = checks.stream().filter(c -> chosen.includes(c.id())).toList();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        out.println(json(checks));
        break;
      case md:
        out.print(markdown(checks));
        break;
      default:
        out.print(table(checks));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The built-in checks, plus those of user policy directories (which must then compile). */
  static CheckCatalog catalog(List<Path> policyDirs) {
    if (policyDirs.isEmpty()) return CheckCatalog.builtin();
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(true, policyDirs, List.of(), RunnerOptions.DEFAULT_BUDGET))) {
      return runner.catalog();
    }
  }

  /** A fixed-width table, one check per line. */
  static String table(List<CheckMetadata> checks) {
    int idWidth = Math.max(2, checks.stream().mapToInt(c -> c.id().length()).max().orElse(2));
    int catWidth = Math.max(8, checks.stream().mapToInt(c -> c.category().length()).max().orElse(8));
    String row = "%-" + idWidth + "s  %-" + catWidth + "s  %-8s  %-3s  %s%n";
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, row, "ID", "CATEGORY", "SEVERITY", "FIX", "TITLE"));
    for (CheckMetadata c : checks) {
      sb.append(String.format(Locale.ROOT, row, c.id(), c.category(), c.severity().id(), c.fixable() ? "yes" : "-", c.title()));
    }
    sb.append(String.format(Locale.ROOT, "%n%d checks%n", checks.size()));
    return sb.toString();
  }

  /** The checks as a JSON array with every METADATA field. */
  static String json(List<CheckMetadata> checks) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CheckMetadata c : checks) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("category", c.category());
      m.put("severity", c.severity().id());
      m.put("title", c.title());
      m.put("fixable", c.fixable());
      m.put("description", c.description());
      m.put("evidence", c.evidence());
      m.put("remediation", c.remediation());
      m.put("seed", c.seed());
      m.put("source", c.source());
      rows.add(m);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The check reference as Markdown (docs/checks.md is generated from this). */
  static String markdown(List<CheckMetadata> checks) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Checks\n\n");
    sb.append("Generated from the policies' METADATA by `readiness rules --format md`; do not edit by hand.\n");
    sb.append("`readiness explain ID` prints the full description of a check.\n");
    String current = null;
    for (CheckMetadata c : checks) {
      if (!c.category().equals(current)) {
        current = c.category();
        sb.append("\n## ").append(Character.toUpperCase(current.charAt(0))).append(current.substring(1)).append("\n\n");
        sb.append("| ID | Severity | Check | Evidence accepted | Fix |\n|---|---|---|---|---|\n");
      }
      sb.append("| `").append(c.id()).append("` | ").append(c.severity().id()).append(" | ")
          .append(cell(c.title())).append(" | ").append(cell(String.join("; ", c.evidence()))).append(" | ")
          .append(c.fixable() ? "yes" : "-").append(" |\n");
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
