package dev.readiness.scan.repo;

import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.DependencyUpdates;
import dev.readiness.scan.repo.RepoFacts.Gitignore;
import dev.readiness.scan.repo.RepoFacts.InlineSuppression;
import dev.readiness.scan.repo.RepoFacts.Located;
import dev.readiness.scan.repo.RepoFacts.Script;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dependency-update bots, the root .gitignore, backup schedules and inline {@code readiness:ignore} suppressions. */
final class HygieneReader {
  private static final Set<String> RENOVATE = Set.of("renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5",
      ".gitlab/renovate.json", ".renovaterc", ".renovaterc.json", ".renovaterc.json5");
  private static final Pattern SUPPRESSION = Pattern.compile("readiness:ignore\\s+([A-Za-z0-9][\\w.-]*)\\s*(.*?)\\s*(?:-->|\\*/|#})?\\s*$");
  /** The marker counts only right after a comment opener, so the phrase inside ordinary code or strings is ignored. */
  private static final Pattern MARKER = Pattern.compile("(?:#|//|--|/\\*|<!--|;|\\{#|\\bREM)\\s*readiness:ignore\\b");
  private static final Pattern COMMENT_ONLY = Pattern.compile("^\\s*(?:#|//|--|;|/\\*|<!--|\\*|\\{#|REM\\b)");
  private static final Pattern CRON_LINE = Pattern.compile("^\\s*(?:@(?:daily|hourly|weekly|monthly|midnight)|(?:[\\d*/,-]+\\s+){4}[\\d*/,A-Za-z-]+)\\s+\\S");
  /** Backup words; "snapshot" only as a data snapshot (a release or version "snapshot" is not a backup). */
  private static final Pattern BACKUP_WORD = Pattern.compile(
      "(?i)backup|pg_dump|mysqldump|mongodump|restic|borg|velero|create-(?:db-|cluster-)?snapshot|snapshots?\\s+create|volume-?snapshot|disk\\s+snapshot");
  private static final Pattern BACKUP_IMAGE = Pattern.compile("(?i)backup|postgres-backup|db-backup|pgbackrest|restic|borgmatic|velero");

  private final RepoFiles files;

  HygieneReader(RepoFiles files) {
    this.files = files;
  }

  DependencyUpdates dependencyUpdates() {
    String dependabot = null;
    String renovate = null;
    for (SourceFile f : files.all()) {
      String p = f.path();
      if (p.equals(".github/dependabot.yml") || p.equals(".github/dependabot.yaml")) dependabot = p;
      if (RENOVATE.contains(p)) renovate = p;
    }
    if (renovate == null) {
      Optional<SourceFile> pkg = files.file("package.json");
      if (pkg.flatMap(files::read).map(t -> t.contains("\"renovate\"")).orElse(false)) renovate = "package.json";
    }
    return new DependencyUpdates(dependabot, renovate);
  }

  Gitignore gitignore() {
    Optional<SourceFile> f = files.file(".gitignore");
    if (f.isEmpty()) return null;
    List<String> patterns = new ArrayList<>();
    files.read(f.get()).ifPresent(t -> {
      for (String l : RepoFiles.lines(t)) {
        String s = l.strip();
        if (!s.isEmpty() && !s.startsWith("#")) patterns.add(s);
      }
    });
    return new Gitignore(".gitignore", List.copyOf(patterns));
  }

  List<Located> backupSchedules(List<Script> scripts, List<WorkflowFacts> workflows, ComposeView compose,
      List<DeployTargetsReader.K8sObject> k8s) {
    List<Located> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      String name = RepoFiles.name(f.path()).toLowerCase(Locale.ROOT);
      boolean cronFile = name.equals("crontab") || name.endsWith(".cron") || name.endsWith(".crontab") || f.path().contains("cron.d/")
          || name.startsWith("crontab");
      boolean script = ScriptsReader.isScript(f);
      if (!cronFile && !script && !name.startsWith("dockerfile")) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      String[] lines = RepoFiles.lines(text.get());
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].replaceFirst("^.*?echo\\s+[\"']", "");
        if (CRON_LINE.matcher(l).find() && BACKUP_WORD.matcher(l).find()) out.add(new Located("cron", f.path(), i + 1));
      }
    }
    for (ComposeView.Service s : compose.services()) {
      if (BACKUP_IMAGE.matcher(s.name()).find() || s.image() != null && BACKUP_IMAGE.matcher(s.image()).find()) {
        out.add(new Located("compose-service", s.file(), s.line()));
      }
    }
    for (WorkflowFacts w : workflows) {
      boolean scheduled = w.triggers().stream().anyMatch(t -> t.event().equals("schedule"));
      if (!scheduled) continue;
      for (WorkflowFacts.Job j : w.jobs()) {
        boolean backup = BACKUP_WORD.matcher(j.id() + " " + (j.name() == null ? "" : j.name())).find()
            || j.steps().stream().anyMatch(st -> st.run() != null && BACKUP_WORD.matcher(st.run()).find() || st.name() != null && BACKUP_WORD.matcher(st.name()).find());
        if (backup) out.add(new Located("workflow", w.file(), j.line()));
      }
    }
    for (DeployTargetsReader.K8sObject o : k8s) {
      if ((o.kind().equals("CronJob") && BACKUP_WORD.matcher(o.text()).find()) || o.kind().equals("Schedule") && o.text().contains("velero")) {
        out.add(new Located("k8s-cronjob", o.file(), o.line()));
      }
    }
    return out;
  }

  List<InlineSuppression> suppressions() {
    List<InlineSuppression> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      if (!RepoFiles.texty(f) || f.size() > RepoFiles.MAX_SCANNED_BYTES) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty() || !text.get().contains("readiness:ignore")) continue;
      String[] lines = RepoFiles.lines(text.get());
      for (int i = 0; i < lines.length; i++) {
        Matcher marker = MARKER.matcher(lines[i]);
        if (!marker.find()) continue;
        Matcher m = SUPPRESSION.matcher(lines[i].substring(marker.end() - "readiness:ignore".length()));
        if (!m.find()) continue;
        boolean alone = COMMENT_ONLY.matcher(lines[i]).find();
        out.add(new InlineSuppression(f.path(), i + 1, m.group(1), m.group(2).isEmpty() ? null : m.group(2), alone ? i + 2 : i + 1));
      }
    }
    return out;
  }
}
