package dev.readiness.discover;

import dev.readiness.model.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds compose command lines ({@code -f}/{@code --file} chains) and {@code COMPOSE_FILE} settings in
 * scripts, CI workflows, Makefiles and env files. Discovery uses it to classify the named files as
 * compose files; the compose scanner uses it to build the chains a deployment actually runs.
 */
public final class ComposeInvocations {
  private static final Pattern COMPOSE_CMD = Pattern.compile(
      "(?:^|[\\s;&|(`'\"])(?:sudo\\s+)?(?:docker|podman)(?:\\s+|-)compose(?![\\w.\\-/])|\\bdocker\\s+stack\\s+(?:deploy|up)\\b");
  private static final Pattern COMPOSE_FILE_VAR = Pattern.compile(
      "(?:^|[\\s;]|export\\s+)COMPOSE_FILE\\s*[=:]\\s*(\"[^\"]*\"|'[^']*'|[^\\s#;]+)");
  private static final Pattern SELF_DEFAULT = Pattern.compile("\\$\\{COMPOSE_FILE:?-([^}$]+)}");
  private static final Pattern DEPLOY_WORDS = Pattern.compile("(?i)deploy|release|prod|rollout|ship|publish|\\bcd\\b|delivery|promote");
  private static final Pattern PROD_FILE = Pattern.compile("(?i)(^|[-_./])(prod|production|live|release)([-_./]|$)");
  private static final Pattern PROD_ENVIRONMENT = Pattern.compile("(?im)environment:\\s*(?:\\n\\s*)?(?:name:\\s*)?['\"]?prod");
  private static final Pattern MAKE_TARGET = Pattern.compile("^([A-Za-z0-9_.\\-/%$()]+)\\s*:(?!=)");
  private static final Set<String> OPTIONS_WITH_VALUE = Set.of(
      "-f", "--file", "-p", "--project-name", "--project-directory", "--env-file", "--profile", "-c", "--compose-file",
      "--ansi", "--parallel", "--progress", "-H", "--host", "--context", "--log-level");

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
    String[] lines = text.split("\r?\n", -1);
    boolean fileLooksDeploy = DEPLOY_WORDS.matcher(f.path()).find()
        || (f.is(FileKind.WORKFLOW) && (PROD_ENVIRONMENT.matcher(text).find() || firstNameLooksDeploy(text)));
    String makeTarget = null;
    int i = 0;
    while (i < lines.length) {
      int startLine = i + 1;
      StringBuilder logical = new StringBuilder(lines[i]);
      while (script && logical.toString().stripTrailing().endsWith("\\") && i + 1 < lines.length) {
        String s = logical.toString().stripTrailing();
        logical.setLength(0);
        logical.append(s, 0, s.length() - 1).append(' ').append(lines[++i].strip());
      }
      i++;
      String line = logical.toString();
      if (f.is(FileKind.MAKEFILE) && !line.startsWith("\t")) {
        Matcher t = MAKE_TARGET.matcher(line);
        if (t.find()) makeTarget = t.group(1);
      }
      String code = stripComment(line);
      if (code.isBlank()) continue;
      boolean deployContext = fileLooksDeploy || (makeTarget != null && DEPLOY_WORDS.matcher(makeTarget).find());
      Matcher v = COMPOSE_FILE_VAR.matcher(code);
      if (v.find()) {
        String value = unquote(v.group(1));
        // COMPOSE_FILE="${COMPOSE_FILE:-a.yml:b.yml}": the chain the script runs unless its caller sets one.
        Matcher d = SELF_DEFAULT.matcher(value);
        if (d.matches()) value = d.group(1);
        if (!value.contains("$")) {
          out.add(build(f, startLine, List.of(value.split("[:;]")), null, null, null, deployContext, false, true, exists));
        }
      }
      if (!script) continue;
      Matcher m = COMPOSE_CMD.matcher(code);
      while (m.find()) {
        boolean stack = m.group().contains("stack");
        List<String> tokens = tokens(code.substring(m.end()));
        List<String> named = new ArrayList<>();
        String project = null;
        String envFile = null;
        String sub = stack ? "deploy" : null;
        for (int k = 0; k < tokens.size(); k++) {
          String t = tokens.get(k);
          if (isCommandEnd(t)) break;
          String value = null;
          String opt = t;
          int eq = t.indexOf('=');
          if (t.startsWith("--") && eq > 0) {
            opt = t.substring(0, eq);
            value = t.substring(eq + 1);
          } else if (t.startsWith("-f") && t.length() > 2 && !t.startsWith("--")) {
            opt = "-f";
            value = t.substring(2);
          }
          if (OPTIONS_WITH_VALUE.contains(opt)) {
            if (value == null && k + 1 < tokens.size()) value = tokens.get(++k);
            if (value == null) continue;
            if (opt.equals("-f") || opt.equals("--file") || (stack && (opt.equals("-c") || opt.equals("--compose-file")))) {
              named.add(value);
            } else if (opt.equals("-p") || opt.equals("--project-name")) {
              project = value;
            } else if (opt.equals("--env-file")) {
              envFile = value;
            }
            continue;
          }
          if (!t.startsWith("-") && sub == null) sub = t;
        }
        out.add(build(f, startLine, named, sub, project, envFile, deployContext, stack, false, exists));
      }
    }
    return out;
  }

  private static ComposeInvocation build(SourceFile f, int line, List<String> named, String sub, String project,
      String envFile, boolean deployContext, boolean stack, boolean variable, Function<String, Boolean> exists) {
    List<String> resolved = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String raw : named) {
      String name = unquote(raw.strip());
      if (name.isEmpty() || name.contains("$") || name.equals("-")) continue;
      String found = resolve(f.path(), name, exists);
      if (found != null) resolved.add(found);
      else missing.add(name);
    }
    String env = envFile == null || envFile.contains("$") ? null : resolve(f.path(), unquote(envFile), exists);
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

  private static boolean isCommandEnd(String t) {
    return t.equals("&&") || t.equals("||") || t.equals(";") || t.equals("|") || t.equals(")") || t.startsWith("#")
        || t.equals("&") || t.equals(">") || t.equals("2>&1");
  }

  private static String stripComment(String line) {
    String s = line.strip();
    return s.startsWith("#") || s.startsWith("//") ? "" : line;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** Shell-like words: whitespace-separated, quotes grouping, ; && || as their own words. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
        else cur.append(c);
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) out.add(cur.toString());
        cur.setLength(0);
        inWord = false;
      } else if (c == ';' || c == '|' || c == '&' || c == ')' || c == '`') {
        if (inWord) out.add(cur.toString());
        cur.setLength(0);
        inWord = false;
        if (c != '`') {
          boolean doubled = i + 1 < s.length() && s.charAt(i + 1) == c;
          out.add(doubled ? "" + c + c : String.valueOf(c));
          if (doubled) i++;
        } else {
          out.add(";");
        }
      } else {
        cur.append(c);
        inWord = true;
      }
    }
    if (inWord) out.add(cur.toString());
    return out;
  }

  /** Lower-case helper for callers testing production-ness of a file name. */
  public static boolean productionName(String path) {
    return PROD_FILE.matcher(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)).find();
  }
}
