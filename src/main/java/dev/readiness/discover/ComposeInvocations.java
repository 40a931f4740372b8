package dev.readiness.discover;

import dev.readiness.model.FileKind;
import dev.readiness.scan.shell.ComposeCommand;
import dev.readiness.scan.shell.ShellTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds compose command lines ({@code -f}/{@code --file} chains) and {@code COMPOSE_FILE} settings in
 * scripts, CI workflows, Makefiles and env files. Discovery uses it to classify the named files as
 * compose files; the compose scanner uses it to build the chains a deployment actually runs.
 */
public final class ComposeInvocations {
  private static final Pattern COMPOSE_FILE_VAR = Pattern.compile(
      "(?:^|[\\s;]|export\\s+)COMPOSE_FILE\\s*[=:]\\s*(\"[^\"]*\"|'[^']*'|[^\\s#;]+)");
  private static final Pattern SELF_DEFAULT = Pattern.compile("\\$\\{COMPOSE_FILE:?-([^}$]+)}");
  private static final Pattern DEPLOY_WORDS = Pattern.compile("(?i)deploy|release|prod|rollout|ship|publish|\\bcd\\b|delivery|promote");
  private static final Pattern PROD_FILE = Pattern.compile("(?i)(^|[-_./])(prod|production|live|release)([-_./]|$)");
  private static final Pattern PROD_ENVIRONMENT = Pattern.compile("(?im)environment:\\s*(?:\\n\\s*)?(?:name:\\s*)?['\"]?prod");
  private static final Pattern MAKE_TARGET = Pattern.compile("^([A-Za-z0-9_.\\-/%$()]+)\\s*:(?!=)");

  private ComposeInvocations() {}

  /**
   * Every invocation in the given files.
   *
   * @param exists whether a repo-relative path names a discovered file
   */
  public static List<ComposeInvocation> find(List<SourceFile> files, Function<SourceFile, Optional<String>> reader,
      Function<String, Boolean> exists) {
    List<ComposeInvocation> out = new ArrayList<>();
    for (SourceFile f : files) {
      boolean script = f.is(FileKind.SCRIPT) || f.is(FileKind.MAKEFILE) || f.is(FileKind.WORKFLOW);
      boolean env = f.is(FileKind.ENV);
      if (!script && !env) continue;
      Optional<String> text = reader.apply(f);
      if (text.isEmpty()) continue;
      out.addAll(scan(f, text.get(), script, exists));
    }
    return out;
  }

  private static List<ComposeInvocation> scan(SourceFile f, String text, boolean script, Function<String, Boolean> exists) {
    List<ComposeInvocation> out = new ArrayList<>();
    boolean fileLooksDeploy = DEPLOY_WORDS.matcher(f.path()).find()
        || (f.is(FileKind.WORKFLOW) && (PROD_ENVIRONMENT.matcher(text).find() || firstNameLooksDeploy(text)));
    String makeTarget = null;
    for (ShellTokenizer.Line l : ShellTokenizer.lines(text, 1)) {
      String line = l.text();
      if (f.is(FileKind.MAKEFILE) && !line.startsWith("\t")) {
        Matcher t = MAKE_TARGET.matcher(line);
        if (t.find()) makeTarget = t.group(1);
      }
      if (line.strip().startsWith("//")) continue;
      boolean deployContext = fileLooksDeploy || (makeTarget != null && DEPLOY_WORDS.matcher(makeTarget).find());
      Matcher v = COMPOSE_FILE_VAR.matcher(line);
      if (v.find()) {
        String value = ShellTokenizer.unquote(v.group(1), '\\');
        // COMPOSE_FILE="${COMPOSE_FILE:-a.yml:b.yml}": the chain the script runs unless its caller sets one.
        Matcher d = SELF_DEFAULT.matcher(value);
        if (d.matches()) value = d.group(1);
        if (!value.contains("$")) {
          out.add(build(f, l.line(), List.of(value.split("[:;]")), null, null, null, deployContext, false, true, exists));
        }
      }
      if (!script) continue;
      for (ComposeCommand c : ComposeCommand.inLine(line, l.line())) {
        String envFile = c.envFiles().isEmpty() ? null : c.envFiles().get(0);
        out.add(build(f, l.line(), c.files(), c.subcommand(), c.projectName(), envFile, deployContext, c.stack(), false, exists));
      }
    }
    return out;
  }

  private static ComposeInvocation build(SourceFile f, int line, List<String> named, String sub, String project,
      String envFile, boolean deployContext, boolean stack, boolean variable, Function<String, Boolean> exists) {
    List<String> resolved = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String raw : named) {
      String name = raw.strip();
      if (name.isEmpty() || name.contains("$") || name.equals("-")) continue;
      String found = resolve(f.path(), name, exists);
      if (found != null) resolved.add(found);
      else missing.add(name);
    }
    String env = envFile == null || envFile.contains("$") ? null : resolve(f.path(), envFile, exists);
    boolean prodFile = resolved.stream().anyMatch(p -> PROD_FILE.matcher(p.substring(p.lastIndexOf('/') + 1)).find());
    return new ComposeInvocation(f.path(), line, List.copyOf(resolved), List.copyOf(missing), sub, project, env,
        deployContext || prodFile || stack, stack, variable);
  }

  /** A path as written relative to the referring file's directory, else to the root. */
  static String resolve(String fromFile, String name, Function<String, Boolean> exists) {
    String dir = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/')) : "";
    for (String base : dir.isEmpty() ? List.of("") : List.of(dir, "")) {
      String candidate = RepoPaths.normalize(base.isEmpty() ? name : base + "/" + name);
      if (candidate != null && exists.apply(candidate)) return candidate;
    }
    return null;
  }

  private static boolean firstNameLooksDeploy(String text) {
    Matcher m = Pattern.compile("(?m)^name:\\s*(.+)$").matcher(text);
    return m.find() && DEPLOY_WORDS.matcher(m.group(1)).find();
  }

  /** Lower-case helper for callers testing production-ness of a file name. */
  public static boolean productionName(String path) {
    return PROD_FILE.matcher(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)).find();
  }
}
