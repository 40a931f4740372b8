package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.MigrationItem;
import dev.readiness.scan.repo.RepoFacts.MigrationSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Schema migrations per tool, each file judged reversible when its down/downgrade/rollback is implemented
 * (not empty, not just {@code pass}, not an "irreversible" raise), or an undo/down file exists.
 */
final class MigrationsReader {
  private static final Pattern LIQUIBASE_CHANGELOG_NAME = Pattern.compile("(?:db\\.)?changelog.*\\.(?:xml|ya?ml|sql)");
  private static final Pattern DOWN_MIGRATION_NAME = Pattern.compile(".*(?:down|undo|rollback|revert).*");
  private static final Pattern IN_APP_MIGRATIONS_NAME = Pattern.compile("migrations?\\.(?:go|rs|java|kt|cs|php|ex|exs|scala)");
  private static final Pattern NOT_APP_PATH = Pattern.compile("(?:.*/)?(?:tests?|spec|fixtures?|examples?|docs?)/.*");
  private static final Pattern NOT_RUN_CONFIG_PATH = Pattern.compile("(?:.*/)?(?:\\.github|\\.gitlab|\\.circleci|tests?|spec|docs?|examples?|fixtures?)/.*|(?:.*/)?\\.gitlab-ci\\.ya?ml|.*pre-commit.*");
  private static final Pattern PY_DOWNGRADE = Pattern.compile("(?m)^def\\s+downgrade\\s*\\([^)]*\\)\\s*(?:->\\s*\\w+\\s*)?:");
  private static final Pattern DJANGO_MIGRATION = Pattern.compile("class\\s+Migration\\s*\\(\\s*migrations\\.Migration\\s*\\)");
  private static final Pattern DJANGO_IRREVERSIBLE = Pattern.compile("RunPython\\s*\\(\\s*[\\w.]+\\s*\\)|RunPython\\s*\\((?![^)]*reverse_code)[^,)]+\\)|RunSQL\\s*\\((?![\\s\\S]*reverse_sql)");
  private static final Pattern FLYWAY = Pattern.compile("^([VUR])(\\d+(?:[._]\\d+)*)__.+\\.sql$", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOLANG_MIGRATE = Pattern.compile("^(\\d+)_(.+)\\.(up|down)\\.sql$");
  private static final Pattern GOOSE_UP = Pattern.compile("(?im)^--\\s*\\+goose\\s+up");
  private static final Pattern GOOSE_DOWN = Pattern.compile("(?im)^--\\s*\\+goose\\s+down\\s*$");
  private static final Pattern JS_DOWN = Pattern.compile("(?:exports\\.down\\s*=|export\\s+(?:async\\s+)?function\\s+down\\b|(?:public\\s+)?async\\s+down\\s*\\(|\\bdown\\s*:\\s*(?:async\\s*)?(?:function\\s*)?\\(|\\bdown\\s*\\([^)]*\\)\\s*\\{)");
  private static final Pattern JS_UP = Pattern.compile("exports\\.up\\s*=|export\\s+(?:async\\s+)?function\\s+up\\b|async\\s+up\\s*\\(|\\bup\\s*:\\s*(?:async\\s*)?(?:function\\s*)?\\(|implements\\s+MigrationInterface");
  private static final Pattern CS_DOWN = Pattern.compile("protected\\s+override\\s+void\\s+Down\\s*\\(");
  private static final Pattern RB_DOWN = Pattern.compile("(?m)^\\s*def\\s+down\\b");
  private static final Pattern RB_CHANGE = Pattern.compile("(?m)^\\s*def\\s+change\\b");
  private static final Pattern LIQUIBASE_CHANGESET = Pattern.compile("<changeSet\\b|^\\s*-\\s*changeSet:|^--\\s*changeset\\s", Pattern.MULTILINE);
  private static final Set<String> AUTO_REVERSIBLE_LIQUIBASE = Set.of("createTable", "addColumn", "createIndex", "createSequence",
      "addForeignKeyConstraint", "renameColumn", "renameTable", "addUniqueConstraint", "createView", "addNotNullConstraint",
      "addPrimaryKey", "addDefaultValue", "tagDatabase", "renameView", "dropNotNullConstraint");

  private static final Pattern AERICH_UPGRADE = Pattern.compile("(?m)^async\\s+def\\s+upgrade\\s*\\(");
  private static final Pattern AERICH_DOWNGRADE = Pattern.compile("(?m)^async\\s+def\\s+downgrade\\s*\\([^)]*\\)[^:]*:");
  private static final Pattern RETURNED_STRING = Pattern.compile("return\\s+[rbuf]?(\"\"\"|'''|\"|')([\\s\\S]*?)\\1");
  /** SQL DDL, the content of a schema migration. */
  private static final Pattern DDL = Pattern.compile("(?i)\\b(?:create\\s+table|alter\\s+table|create\\s+(?:unique\\s+)?index|drop\\s+table)\\b");
  /** A down path in an in-application migrator's source. */
  private static final Pattern CODE_DOWN = Pattern.compile("(?i)\\b(?:down|downgrade|rollback|revert)\\w*\\s*[(:=]");
  private static final Pattern GO_EMBED = Pattern.compile("(?m)^//go:embed\\s+(.+)$");
  /** A command that applies schema migrations. */
  static final Pattern MIGRATE_COMMAND = Pattern.compile(
      "(?i)alembic\\s+upgrade|manage\\.py\\s+migrate\\b|\\bflask\\s+db\\s+upgrade|prisma\\s+migrate\\s+deploy|knex\\s+migrate:latest"
          + "|sequelize(?:-cli)?\\s+db:migrate|typeorm\\s+migration:run|\\b(?:rake|rails)\\s+db:(?:migrate|prepare)\\b|\\bflyway\\s+(?:\\S+\\s+)*migrate\\b"
          + "|\\bliquibase\\s+(?:\\S+\\s+)*update\\b|\\bgoose\\s+[^\\n]*\\bup\\b|\\baerich\\s+upgrade\\b|dotnet\\s+ef\\s+database\\s+update"
          + "|artisan\\s+migrate\\b|\\bdiesel\\s+migration\\s+run\\b|sqlx\\s+migrate\\s+run\\b");
  /** Files a deployment runs that are not shell scripts: process and platform configs, manifests, templates. */
  private static final Pattern RUN_CONFIG = Pattern.compile(
      "(?i)(?:.*/)?(?:procfile(?:\\.\\w+)?|[^/]*\\.ini|supervisord?[^/]*\\.conf|[^/]*\\.toml|app\\.json|[^/]*\\.ya?ml)");

  private final RepoFiles files;

  MigrationsReader(RepoFiles files) {
    this.files = files;
  }

  List<MigrationSet> read() {
    Map<String, List<MigrationItem>> byKey = new LinkedHashMap<>();
    List<SourceFile> all = files.all();
    Set<String> paths = all.stream().map(SourceFile::path).collect(Collectors.toSet());
    for (SourceFile f : all) {
      String p = f.path();
      String lower = p.toLowerCase(Locale.ROOT);
      String name = RepoFiles.name(p);
      String dir = RepoFiles.dir(p);
      String ext = RepoFiles.ext(p);
      String tool = null;
      Boolean reversible = null;
      int line = 1;
      if (ext.equals("py") && dir.endsWith("versions") && !name.equals("__init__.py") && (paths.contains(RepoFiles.dir(dir) + "/env.py") || RepoFiles.dir(dir).equals(".") && paths.contains("env.py"))) {
        Optional<String> text = files.read(f);
        if (text.isEmpty()) continue;
        tool = "alembic";
        Matcher m = PY_DOWNGRADE.matcher(text.get());
        if (m.find()) {
          line = RepoFiles.lineOf(text.get(), m.start());
          reversible = pythonBodyImplemented(text.get(), m.end());
        } else reversible = false;
      } else if (ext.equals("py") && lower.contains("migrations/") && name.matches("\\d+_\\d{8,}_.*\\.py")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !AERICH_UPGRADE.matcher(text.get()).find()) continue;
        tool = "aerich";
        Matcher m = AERICH_DOWNGRADE.matcher(text.get());
        if (m.find()) {
          line = RepoFiles.lineOf(text.get(), m.start());
          reversible = returnsSql(text.get().substring(m.end()));
        } else reversible = false;
      } else if (ext.equals("py") && dir.endsWith("migrations") && name.matches("\\d{4}_.*\\.py")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !DJANGO_MIGRATION.matcher(text.get()).find()) continue;
        tool = "django";
        Matcher irr = DJANGO_IRREVERSIBLE.matcher(text.get());
        reversible = !irr.find();
        if (!reversible) line = RepoFiles.lineOf(text.get(), irr.start());
      } else if (ext.equals("sql") && FLYWAY.matcher(name).matches()) {
        Matcher m = FLYWAY.matcher(name);
        m.matches();
        if (!m.group(1).equalsIgnoreCase("V")) continue;
        tool = "flyway";
        String version = m.group(2);
        reversible = all.stream().anyMatch(o -> RepoFiles.dir(o.path()).equals(dir)
            && RepoFiles.name(o.path()).matches("(?i)U" + Pattern.quote(version) + "__.+\\.sql"));
      } else if (ext.equals("sql") && name.equals("migration.sql") && lower.contains("prisma/migrations/")) {
        tool = "prisma";
        reversible = paths.contains(dir + "/down.sql");
      } else if (ext.equals("sql") && GOLANG_MIGRATE.matcher(name).matches()) {
        Matcher m = GOLANG_MIGRATE.matcher(name);
        m.matches();
        if (m.group(3).equals("down")) continue;
        tool = "golang-migrate";
        String down = dir + "/" + m.group(1) + "_" + m.group(2) + ".down.sql";
        Optional<SourceFile> df = files.file(down);
        reversible = df.isPresent() && df.flatMap(files::read).map(MigrationsReader::hasSql).orElse(false);
      } else if (ext.equals("sql") && (lower.contains("migration") || lower.contains("/db/"))) {
        Optional<String> text = files.read(f);
        if (text.isPresent() && GOOSE_UP.matcher(text.get()).find()) {
          tool = "goose";
          Matcher down = GOOSE_DOWN.matcher(text.get());
          boolean hasDown = down.find();
          reversible = hasDown && hasSql(text.get().substring(down.end()));
          if (hasDown) line = RepoFiles.lineOf(text.get(), down.start());
        }
      } else if ((ext.equals("js") || ext.equals("ts") || ext.equals("cjs") || ext.equals("mjs")) && lower.contains("migration")
          && !lower.contains("node_modules") && !name.endsWith(".d.ts")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !JS_UP.matcher(text.get()).find()) continue;
        String t = text.get();
        tool = t.contains("MigrationInterface") ? "typeorm" : t.contains("queryInterface") || t.contains("Sequelize") ? "sequelize" : "knex";
        Matcher m = JS_DOWN.matcher(t);
        if (m.find()) {
          line = RepoFiles.lineOf(t, m.start());
          reversible = braceBodyImplemented(t, m.end());
        } else reversible = false;
      } else if (ext.equals("rb") && lower.contains("db/migrate/")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty()) continue;
        tool = "rails";
        String t = text.get();
        Matcher down = RB_DOWN.matcher(t);
        if (down.find()) {
          line = RepoFiles.lineOf(t, down.start());
          reversible = rubyBodyImplemented(t, down.end());
        } else {
          reversible = RB_CHANGE.matcher(t).find() && !t.contains("IrreversibleMigration");
        }
      } else if (ext.equals("cs") && lower.contains("migrations/") && !name.endsWith(".Designer.cs") && !name.endsWith("ModelSnapshot.cs")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !text.get().contains(": Migration")) continue;
        tool = "ef";
        Matcher m = CS_DOWN.matcher(text.get());
        if (m.find()) {
          line = RepoFiles.lineOf(text.get(), m.start());
          int brace = text.get().indexOf('{', m.end());
          reversible = brace >= 0 && braceBodyImplemented(text.get(), brace);
        } else reversible = false;
      } else if (LIQUIBASE_CHANGELOG_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches() || lower.contains("liquibase/")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !LIQUIBASE_CHANGESET.matcher(text.get()).find()) continue;
        liquibase(p, text.get(), byKey);
        continue;
      }
      if (tool == null && ext.equals("sql") && !lower.contains("test") && migrationsRoot(p) != null) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !DDL.matcher(text.get()).find()) continue;
        if (DOWN_MIGRATION_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) continue;
        String root = migrationsRoot(p);
        String kind = embedded(root, all) ? "embedded-sql" : "sql";
        boolean rev = name.equals("up.sql") && files.file(dir + "/down.sql").flatMap(files::read).map(MigrationsReader::hasSql).orElse(false);
        byKey.computeIfAbsent(kind + "\u0000" + root, k -> new ArrayList<>()).add(new MigrationItem(p, rev, line));
        continue;
      }
      if (tool == null && IN_APP_MIGRATIONS_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !DDL.matcher(text.get()).find()) continue;
        tool = "in-app";
        reversible = CODE_DOWN.matcher(text.get()).find();
      }
      if (tool == null) continue;
      byKey.computeIfAbsent(tool + "\u0000" + dir, k -> new ArrayList<>()).add(new MigrationItem(p, reversible, line));
    }
    List<MigrationSet> out = new ArrayList<>();
    for (Map.Entry<String, List<MigrationItem>> e : byKey.entrySet()) {
      String[] key = e.getKey().split("\u0000", 2);
      List<MigrationItem> items = e.getValue();
      String dir = key[0].equals("prisma") ? RepoFiles.dir(RepoFiles.dir(items.get(0).file())) : key[1];
      int reversible = (int) items.stream().filter(MigrationItem::reversible).count();
      out.add(new MigrationSet(key[0], dir, items.size(), reversible, List.copyOf(items)));
    }
    out.addAll(configuredWithoutMigrations(all, out));
    // prisma keeps one folder per migration: merge them under prisma/migrations
    return mergeByToolAndDir(out);
  }

  /**
   * Migration frameworks set up but holding no migration yet (count 0): Alembic (alembic.ini / env.py),
   * Django (manage.py), Rails (db/schema.rb or db/structure.sql), Prisma (schema.prisma), aerich
   * ([tool.aerich]). The schema is managed by a tool even though no file exists to judge.
   */
  private List<MigrationSet> configuredWithoutMigrations(List<SourceFile> all, List<MigrationSet> found) {
    Set<String> tools = found.stream().map(MigrationSet::tool).collect(Collectors.toSet());
    Map<String, String> extra = new LinkedHashMap<>();
    for (SourceFile f : all) {
      String p = f.path();
      String name = RepoFiles.name(p);
      String dir = RepoFiles.dir(p);
      if (NOT_APP_PATH.matcher(p.toLowerCase(Locale.ROOT)).matches()) continue;
      if (!tools.contains("alembic") && (name.equals("alembic.ini") || name.equals("env.py") && read(f).contains("alembic"))) {
        extra.putIfAbsent("alembic", name.equals("env.py") ? join(dir, "versions") : dir);
      } else if (!tools.contains("django") && name.equals("manage.py") && read(f).contains("django")) {
        extra.putIfAbsent("django", dir);
      } else if (!tools.contains("rails") && (p.endsWith("db/schema.rb") || p.endsWith("db/structure.sql"))) {
        extra.putIfAbsent("rails", join(dir, "migrate"));
      } else if (!tools.contains("prisma") && name.equals("schema.prisma")) {
        extra.putIfAbsent("prisma", join(dir, "migrations"));
      } else if (!tools.contains("aerich") && name.equals("pyproject.toml") && read(f).contains("[tool.aerich]")) {
        extra.putIfAbsent("aerich", join(dir, "migrations"));
      }
    }
    List<MigrationSet> out = new ArrayList<>();
    extra.forEach((tool, dir) -> out.add(new MigrationSet(tool, dir, 0, 0, List.of())));
    return out;
  }

  private static String join(String dir, String name) {
    return dir.equals(".") || dir.isEmpty() ? name : dir + "/" + name;
  }

  private String read(SourceFile f) {
    return files.read(f).orElse("");
  }

  /** The directory named migration(s)/migrate (nearest the root) that a path sits under, or null. */
  static String migrationsRoot(String path) {
    String[] parts = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (i > 0) prefix.append('/');
      prefix.append(parts[i]);
      if (parts[i].toLowerCase(Locale.ROOT).matches("migrations?|migrate|schema[-_]?migrations?")) return prefix.toString();
    }
    return null;
  }

  /**
   * Whether the application embeds a migrations directory and so applies it itself when it starts: a Go
   * {@code //go:embed} in the parent directory naming it, or a JVM resources directory.
   */
  private boolean embedded(String root, List<SourceFile> all) {
    if (root.contains("src/main/resources/")) return true;
    String rootDir = RepoFiles.dir(root);
    String rootName = RepoFiles.name(root);
    for (SourceFile f : all) {
      if (!f.path().endsWith(".go") || !RepoFiles.dir(f.path()).equals(rootDir)) continue;
      Matcher m = GO_EMBED.matcher(read(f));
      while (m.find()) {
        for (String pattern : m.group(1).trim().split("\\s+")) {
          if (pattern.replace("all:", "").split("/")[0].equals(rootName)) return true;
        }
      }
    }
    return false;
  }

  /**
   * Commands in the deployment's non-shell files (Procfile, uWSGI/supervisord ini, platform toml/json,
   * Kubernetes/Helm/template YAML) that apply schema migrations. CI workflows, compose files (judged by
   * the policies from compose facts), docs and tests are left out.
   */
  List<RepoFacts.Located> runs() {
    List<RepoFacts.Located> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      String p = f.path();
      String lower = p.toLowerCase(Locale.ROOT);
      if (!RUN_CONFIG.matcher(lower).matches() || ScriptsReader.isScript(f)) continue;
      if (f.is(FileKind.WORKFLOW) || f.is(FileKind.COMPOSE) || f.is(FileKind.DOC)) continue;
      if (NOT_RUN_CONFIG_PATH.matcher(lower).matches()) continue;
      Optional<String> text = files.readCapped(f);
      if (text.isEmpty()) continue;
      String[] lines = RepoFiles.lines(text.get());
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.startsWith("#") || l.startsWith(";") || l.startsWith("//")) continue;
        Matcher m = MIGRATE_COMMAND.matcher(l);
        if (m.find()) {
          out.add(new RepoFacts.Located(m.group().replaceAll("\\s+", " "), p, i + 1));
          break;
        }
      }
    }
    return out;
  }

  /** Whether a Python function body that returns a string (aerich) returns some SQL. */
  static boolean returnsSql(String body) {
    Matcher m = RETURNED_STRING.matcher(body);
    return m.find() && hasSql(m.group(2));
  }

  private static List<MigrationSet> mergeByToolAndDir(List<MigrationSet> sets) {
    Map<String, MigrationSet> merged = new LinkedHashMap<>();
    for (MigrationSet s : sets) {
      merged.merge(s.tool() + "\u0000" + s.dir(), s, (a, b) -> {
        List<MigrationItem> items = new ArrayList<>(a.items());
        items.addAll(b.items());
        return new MigrationSet(a.tool(), a.dir(), items.size(), a.reversible() + b.reversible(), List.copyOf(items));
      });
    }
    return new ArrayList<>(merged.values());
  }

  private static void liquibase(String path, String text, Map<String, List<MigrationItem>> byKey) {
    Matcher m = LIQUIBASE_CHANGESET.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) starts.add(m.start());
    for (int i = 0; i < starts.size(); i++) {
      String body = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
      boolean reversible = body.contains("<rollback") || body.matches("(?s).*\\brollback:.*") || body.contains("--rollback");
      if (!reversible) {
        Matcher change = Pattern.compile("<(\\w+)\\b|^\\s*-\\s*(\\w+):", Pattern.MULTILINE).matcher(body);
        boolean any = false;
        boolean allAuto = true;
        while (change.find()) {
          String c = change.group(1) != null ? change.group(1) : change.group(2);
          if (c.equals("changeSet") || c.equals("column") || c.equals("constraints") || c.equals("comment") || c.equals("preConditions")) continue;
          any = true;
          if (!AUTO_REVERSIBLE_LIQUIBASE.contains(c)) allAuto = false;
        }
        reversible = any && allAuto;
      }
      byKey.computeIfAbsent("liquibase\u0000" + RepoFiles.dir(path), k -> new ArrayList<>())
          .add(new MigrationItem(path, reversible, RepoFiles.lineOf(text, starts.get(i))));
    }
  }

  /** Whether a Python function body starting after the colon at {@code from} does more than pass/docstring/comments/... */
  static boolean pythonBodyImplemented(String text, int from) {
    String[] lines = RepoFiles.lines(text.substring(from));
    String rest = lines.length > 0 ? lines[0].strip() : "";
    if (!rest.isEmpty() && !rest.startsWith("#")) return !isNoop(rest);
    boolean inDoc = false;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank()) continue;
      if (!Character.isWhitespace(l.charAt(0))) break;
      String s = l.strip();
      if (inDoc) { if (s.contains("\"\"\"") || s.contains("'''")) inDoc = false; continue; }
      if (s.startsWith("#")) continue;
      if (s.startsWith("\"\"\"") || s.startsWith("'''")) {
        String q = s.substring(0, 3);
        if (!(s.length() > 3 && s.substring(3).contains(q))) inDoc = true;
        continue;
      }
      if (isNoop(s)) continue;
      return true;
    }
    return false;
  }

  private static boolean isNoop(String s) {
    return s.equals("pass") || s.equals("...") || s.startsWith("raise NotImplementedError") || s.startsWith("return None") || s.equals("return");
  }

  /** Whether a brace-delimited body (first '{' at or after {@code from}) holds a statement. */
  static boolean braceBodyImplemented(String text, int from) {
    int open = text.indexOf('{', from);
    int arrow = text.indexOf("=>", from);
    if (open < 0) return false;
    if (arrow >= 0 && arrow < open && text.substring(arrow + 2, open).strip().length() > 0) return true;
    int depth = 0;
    int close = -1;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') depth++;
      else if (c == '}' && --depth == 0) { close = i; break; }
    }
    if (close < 0) return false;
    String body = text.substring(open + 1, close).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "").strip();
    return !(body.isEmpty() || body.matches("return\\s*;?|return\\s+Promise\\.resolve\\(\\)\\s*;?|throw\\s+new\\s+Error\\([^)]*\\)\\s*;?"));
  }

  private static boolean rubyBodyImplemented(String text, int from) {
    String[] lines = RepoFiles.lines(text.substring(from));
    for (int i = 1; i < lines.length; i++) {
      String s = lines[i].strip();
      if (s.isEmpty() || s.startsWith("#")) continue;
      if (s.equals("end")) return false;
      return !s.startsWith("raise ActiveRecord::IrreversibleMigration");
    }
    return false;
  }

  private static boolean hasSql(String text) {
    for (String l : RepoFiles.lines(text)) {
      String s = l.strip();
      if (s.isEmpty() || s.startsWith("--")) continue;
      return true;
    }
    return false;
  }
}
