package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.MakeTarget;
import dev.readiness.scan.repo.RepoFacts.Script;
import dev.readiness.scan.shell.ComposeCall;
import dev.readiness.scan.workflow.Intents;
import dev.readiness.text.PatternSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shell scripts (purpose, strict mode, health waits, rollback, backups, compose/kubectl/helm calls) and Makefile targets. */
final class ScriptsReader {
  private static final Pattern SET_E = Pattern.compile("(?m)^\\s*set\\s+(?:-[a-zA-Z]*e[a-zA-Z]*\\b|[^\\n#]*-o\\s+errexit)|\\A#![^\\n]*\\s-[a-zA-Z]*e\\b");
  private static final Pattern PIPEFAIL = Pattern.compile("(?m)^\\s*set\\s+[^\\n#]*-o\\s+pipefail|^\\s*set\\s+-[a-zA-Z]*o\\s+pipefail");
  private static final Pattern LOOP = Pattern.compile("^\\s*(?:until|while|for)\\b|\\bfor\\s+\\w+\\s+in\\b|\\bseq\\s+1\\b");
  private static final Pattern PROBE = Pattern.compile(
      "\\b(?:curl|wget|http)\\b[^\\n]*(?:health|ready|live|status|ping|localhost|127\\.0\\.0\\.1|:\\d{2,5})|\\bnc\\s+-z\\b|\\bpg_isready\\b|redis-cli[^\\n]*\\bping\\b"
          + "|\\.State\\.Health\\.Status|\\bhealthy\\b|mysqladmin\\s+ping");
  private static final Pattern DIRECT_WAIT = Pattern.compile(
      "wait-for-it|wait-for(?:-healthy)?(?:\\.sh)?\\b|\\bdockerize\\s+[^\\n]*-wait\\b|\\bcompose\\b[^\\n]*\\bup\\b[^\\n]*--wait\\b"
          + "|\\bkubectl\\s+(?:rollout\\s+status|wait)\\b|\\bhelm\\s+[^\\n]*--wait\\b|docker\\s+inspect\\s+[^\\n]*Health");
  /** Evidence of a rollback path in a script. */
  private static final Pattern ROLLBACK = Pattern.compile(
      "(?i)\\brollback\\b|\\broll[_ -]back\\b|\\bPREVIOUS_(?:TAG|IMAGE|VERSION|RELEASE)\\b|\\bkubectl\\s+rollout\\s+undo\\b|\\bhelm\\s+rollback\\b"
          + "|\\bdocker\\s+tag\\s+[^\\n]*:(?:previous|prev|rollback|last)\\b|\\bln\\s+-sfn\\b|\\brevert\\b");
  /** Backup tools, by name as written in scripts. */
  private static final Map<String, Pattern> BACKUP_TOOLS = Map.ofEntries(
      Map.entry("pg_dump", Pattern.compile("\\bpg_dump(?:all)?\\b")),
      Map.entry("pg_basebackup", Pattern.compile("\\bpg_basebackup\\b")),
      Map.entry("mysqldump", Pattern.compile("\\b(?:mysqldump|mariadb-dump)\\b")),
      Map.entry("mongodump", Pattern.compile("\\bmongodump\\b")),
      Map.entry("redis-cli", Pattern.compile("redis-cli\\b[^\\n]*\\b(?:--rdb|bgsave|save)\\b")),
      Map.entry("restic", Pattern.compile("\\brestic\\b")),
      Map.entry("borg", Pattern.compile("\\bborg(?:matic)?\\s")),
      Map.entry("velero", Pattern.compile("\\bvelero\\b")),
      Map.entry("rclone", Pattern.compile("\\brclone\\b")),
      Map.entry("aws-s3", Pattern.compile("\\baws\\s+s3\\s+(?:cp|sync)\\b")),
      Map.entry("wal-g", Pattern.compile("\\bwal-g\\b")),
      Map.entry("pgbackrest", Pattern.compile("\\bpgbackrest\\b")),
      Map.entry("duplicity", Pattern.compile("\\bduplicity\\b")));
  private static final List<String> BACKUP_NAMES = List.copyOf(BACKUP_TOOLS.keySet());
  /** The backup tool patterns searched in one pass (same order as BACKUP_NAMES). */
  private static final PatternSet BACKUP_SET = PatternSet.of(BACKUP_NAMES.stream().map(BACKUP_TOOLS::get).toList());
  private static final Pattern KUBECTL = Pattern.compile("\\bkubectl\\s");
  private static final Pattern HELM = Pattern.compile("\\bhelm\\s+(?:upgrade|install|rollback|template|uninstall|dependency)");
  private static final Pattern SHEBANG = Pattern.compile("\\A#!\\s*(?:/usr/bin/env\\s+)?(?:\\S*/)?(bash|sh|zsh|dash|ksh|ash)\\b");
  private static final Pattern MAKE_TARGET = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_./%-]*(?:\\s+[A-Za-z0-9_][A-Za-z0-9_./%-]*)*)\\s*:(?![=:])");

  private final RepoFiles files;

  ScriptsReader(RepoFiles files) {
    this.files = files;
  }

  static boolean isScript(SourceFile f) {
    String ext = RepoFiles.ext(f.path());
    return f.is(FileKind.SCRIPT) || ext.equals("sh") || ext.equals("bash") || ext.equals("zsh");
  }

  List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      if (!isScript(f)) continue;
      Optional<String> text = files.read(f);
      if (text.isPresent()) out.add(script(f.path(), text.get()));
    }
    return out;
  }

  static Script script(String path, String text) {
    List<String> backup = new ArrayList<>();
    BitSet tools = BACKUP_SET.matching(text);
    for (int i = tools.nextSetBit(0); i >= 0; i = tools.nextSetBit(i + 1)) backup.add(BACKUP_NAMES.get(i));
    backup.sort(null);
    Matcher sb = SHEBANG.matcher(text);
    String ext = RepoFiles.ext(path);
    String shell = sb.find() ? sb.group(1) : ext.equals("bash") ? "bash" : ext.equals("zsh") ? "zsh" : ext.equals("ps1") ? "powershell" : "sh";
    boolean migrations = Intents.ofCommand(text).contains(Intents.MIGRATE);
    return new Script(path, kind(path, text, !backup.isEmpty(), migrations), shell, SET_E.matcher(text).find(),
        PIPEFAIL.matcher(text).find(), healthWait(text), ROLLBACK.matcher(withoutComments(text)).find(), List.copyOf(backup),
        ComposeCall.in(text, 1), KUBECTL.matcher(text).find(), HELM.matcher(text).find(), migrations, 1);
  }

  /** Directories that mirror a container's filesystem: scripts there run inside the image (init/service files). */
  private static final Pattern IMAGE_TREE = Pattern.compile(
      "(?:^|.*/)(?:rootfs|s6-overlay|s6-rc\\.d|services\\.d|cont-init\\.d|cont-finish\\.d|etc|sbin|runit)/.*");
  /** Commands that bring a product up on a host (what an installer that deploys does). */
  private static final Pattern BRINGS_UP = Pattern.compile(
      "(?m)^[^#\\n]*(?:\\bcompose\\b[^\\n]*\\bup\\b|\\bdocker\\s+(?:run|start)\\b|\\bsystemctl\\s+(?:enable|start|restart)\\b"
          + "|\\bexec\\s+\\./[\\w.-]+|\\./[\\w.-]+\\s+(?:rebuild|bootstrap|start|up|install)\\b)");

  /**
   * What a script is for: rollback, backup, deploy, migrate, start, entrypoint, image (runs inside a
   * container image: init/service files under a filesystem tree), test, or other. Only deploy scripts
   * are the deployment path; an entrypoint or a service run file is a process supervisor, not a
   * deployment, and a completion file or test is neither.
   */
  static String kind(String path, String text, boolean backup, boolean migrations) {
    String n = RepoFiles.name(path).toLowerCase(Locale.ROOT);
    String lower = path.toLowerCase(Locale.ROOT);
    if (IMAGE_TREE.matcher(lower).matches()) return "image";
    if (n.contains("completion")) return "other";
    if (n.matches("(?:docker-)?entrypoint(?:[-_.].*)?|.*[-_]entrypoint(?:[-_.].*)?")) return "entrypoint";
    if (n.matches(".*(?:^|[-_.])(?:tests?|spec|smoke)(?:[-_.].*|$)") || lower.matches("(?:.*/)?(?:tests?|spec|e2e)/.*")) return "test";
    Set<String> intents = Intents.ofCommand(text);
    if (n.matches("(?:.*[-_])?rollback.*|revert.*")) return "rollback";
    if (n.matches("(?:.*[-_])?(?:backup|dump|snapshot).*")) return "backup";
    if (n.matches("(?:.*[-_])?(?:deploy|ship)(?:[-_.].*)?")) return "deploy";
    if (n.matches("(?:.*[-_])?(?:release|publish)(?:[-_.].*)?") && intents.contains(Intents.DEPLOY)) return "deploy";
    if (n.matches("(?:.*[-_])?(?:install|setup)(?:[-_.].*)?") && BRINGS_UP.matcher(text).find()) return "deploy";
    if (n.matches("(?:.*[-_])?(?:migrate|migration).*")) return "migrate";
    if (n.matches("(?:start|run|up|serve|launch)(?:[-_.].*)?|.*[-_](?:start|up|run)\\..*")) return "start";
    if (intents.contains(Intents.DEPLOY)) return "deploy";
    if (backup) return "backup";
    if (migrations) return "migrate";
    return "other";
  }

  private static String withoutComments(String text) {
    return text.replaceAll("(?m)^\\s*#.*$", "");
  }

  /** A direct wait construct, or a loop whose next few lines probe health. */
  static boolean healthWait(String text) {
    String code = withoutComments(text);
    if (DIRECT_WAIT.matcher(code).find()) return true;
    String[] lines = RepoFiles.lines(code);
    for (int i = 0; i < lines.length; i++) {
      if (!LOOP.matcher(lines[i]).find()) continue;
      for (int j = i; j < Math.min(lines.length, i + 8); j++) if (PROBE.matcher(lines[j]).find()) return true;
    }
    return false;
  }

  List<MakeTarget> makeTargets() {
    List<MakeTarget> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      String n = RepoFiles.name(f.path()).toLowerCase(Locale.ROOT);
      if (!(f.is(FileKind.MAKEFILE) || n.equals("makefile") || n.equals("gnumakefile") || n.endsWith(".mk"))) continue;
      Optional<String> text = files.read(f);
      if (text.isPresent()) out.addAll(makeTargets(f.path(), text.get()));
    }
    return out;
  }

  static List<MakeTarget> makeTargets(String path, String text) {
    List<MakeTarget> out = new ArrayList<>();
    String[] lines = RepoFiles.lines(text);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MAKE_TARGET.matcher(lines[i]);
      if (!m.find()) continue;
      StringBuilder recipe = new StringBuilder();
      String deps = lines[i].substring(m.end());
      int semi = deps.indexOf(';');
      if (semi >= 0) recipe.append(deps.substring(semi + 1)).append('\n');
      for (int j = i + 1; j < lines.length && (lines[j].startsWith("\t") || lines[j].isBlank()); j++) recipe.append(lines[j].strip()).append('\n');
      for (String name : m.group(1).trim().split("\\s+")) {
        if (name.startsWith(".") || name.contains("%")) continue;
        Set<String> intents = new LinkedHashSet<>(Intents.ofCommand(recipe.toString()));
        intents.addAll(Intents.ofName(name));
        out.add(new MakeTarget(path, name, i + 1, Intents.ordered(intents)));
      }
    }
    return out;
  }
}
