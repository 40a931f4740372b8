package dev.readiness.scan.repo;

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
        if (text.isEmpty() || !GOOSE_UP.matcher(text.get()).find()) continue;
        tool = "goose";
        Matcher down = GOOSE_DOWN.matcher(text.get());
        boolean hasDown = down.find();
        reversible = hasDown && hasSql(text.get().substring(down.end()));
        if (hasDown) line = RepoFiles.lineOf(text.get(), down.start());
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
      } else if (name.toLowerCase(Locale.ROOT).matches("(?:db\\.)?changelog.*\\.(?:xml|ya?ml|sql)") || lower.contains("liquibase/")) {
        Optional<String> text = files.read(f);
        if (text.isEmpty() || !LIQUIBASE_CHANGESET.matcher(text.get()).find()) continue;
        liquibase(p, text.get(), byKey);
        continue;
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
    // prisma keeps one folder per migration: merge them under prisma/migrations
    return mergeByToolAndDir(out);
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
