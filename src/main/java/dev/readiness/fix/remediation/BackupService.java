package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.YamlTextEditor;
import dev.readiness.fix.stack.Stack;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a scheduled {@code backup} service to the production compose file: the database's own image
 * dumping over the compose network once a day into ./backups with retention, reusing the database
 * service's env files or variables for credentials (nothing secret is written here).
 */
final class BackupService {
  private static final Set<String> CREDENTIAL_KEYS = Set.of(
      "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB",
      "MYSQL_ROOT_PASSWORD", "MYSQL_USER", "MYSQL_PASSWORD", "MYSQL_DATABASE",
      "MARIADB_ROOT_PASSWORD", "MARIADB_USER", "MARIADB_PASSWORD", "MARIADB_DATABASE",
      "MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD");

  void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Optional<Stack.Service> dbOpt = stack.database();
    Optional<ComposeTarget> target = ComposeTarget.of(stack);
    if (dbOpt.isEmpty() || target.isEmpty()) return;
    Stack.Service db = dbOpt.get();
    if (db.image() == null) {
      ctx.note(checkId, "database service " + db.name() + " has no image; add a scheduled backup service by hand");
      return;
    }
    ComposeTarget t = target.get();
    Optional<YamlTextEditor> ed = t.editor(stack, ws, ctx, checkId);
    if (ed.isEmpty() || ed.get().has("services", "backup") || stack.service("backup").isPresent()) return;
    StringBuilder f = new StringBuilder();
    f.append("backup:\n");
    f.append("  image: ").append(Yaml.q(db.image())).append('\n');
    f.append("  restart: unless-stopped\n");
    f.append("  depends_on:\n    ").append(db.name()).append(":\n      condition: ")
        .append(Healthchecks.present(db, ws) || ed.get().has("services", db.name(), "healthcheck") ? "service_healthy" : "service_started").append('\n');
    if (!db.envFiles().isEmpty()) {
      f.append("  env_file:\n");
      for (String e : db.envFiles()) f.append("    - ").append(Yaml.q(relativeToProject(stack, e))).append('\n');
    }
    List<String> keys = db.environmentKeys().stream().filter(CREDENTIAL_KEYS::contains).toList();
    java.util.Map<String, String> values = environment(ws, db);
    List<String> unknown = new java.util.ArrayList<>();
    for (String k : keys) {
      String v = values.get(k);
      if (v == null || !(v.contains("${") || !EnvText.secretName(k))) unknown.add(k);
    }
    if (!unknown.isEmpty()) {
      // Without the database's credentials the dump would fail every night while looking configured: nothing is written.
      ctx.needsInput(checkId, "backup service for " + db.name() + ": " + String.join(", ", unknown) + " are literal secrets in " + db.file()
          + "; move them to an env file (env_file:) or ${VARIABLES} so the backup can read the same values, then run fix again");
      return;
    }
    f.append(ComposeTarget.networksFragment(t.networksToReach(stack, ws, List.of(db.name()))));
    // Started with the database: the same profiles (a backup of a database that is not running would only fail).
    Optional<org.yaml.snakeyaml.nodes.Node> profiles = ComposeTarget.baseNode(stack, ws, db.name(), "profiles");
    if (profiles.isPresent() && profiles.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq && !seq.getValue().isEmpty()) {
      f.append("  profiles: ").append(Yaml.list(seq.getValue().stream().map(YamlTextEditor::scalar).filter(java.util.Objects::nonNull).toList())).append('\n');
    }
    f.append("  environment:\n");
    f.append("    BACKUP_RETENTION_DAYS: \"14\"\n");
    for (String k : keys) {
      // Same values as the database: references (${VAR}) and non-secret literals are copied; a literal secret never is.
      f.append("    ").append(k).append(": ").append(Yaml.q(values.get(k))).append('\n');
    }
    f.append("  volumes:\n    - ./backups:/backups\n");
    f.append("  entrypoint: [\"/bin/sh\", \"-c\"]\n");
    f.append("  command:\n    - ").append(Yaml.q(loop(db))).append('\n');
    // Healthy while a fresh dump exists: a stalled backup shows up as an unhealthy container.
    f.append("  healthcheck:\n    test: ").append(Yaml.list(List.of("CMD-SHELL", "find /backups -name '" + db.name() + "-*' -mmin -1500 | grep -q ."))).append('\n');
    // The first dump runs at start, so the container turns healthy within a probe or two and deploy waits do not time out.
    f.append("    interval: 30s\n    timeout: 10s\n    retries: 3\n    start_period: 5m\n");
    f.append("  logging:\n    driver: json-file\n    options:\n      max-size: \"10m\"\n      max-file: \"3\"\n");
    f.append("  deploy:\n    resources:\n      limits:\n        memory: 256M\n        cpus: \"0.5\"\n");
    t.append(stack, ws, ctx, checkId, List.of("services"), f.toString(), "dump the database every day and keep 14 days of backups");
    for (Stack.Service other : stack.services()) {
      if (other.isDatabase() && !other.name().equals(db.name())) {
        // Not silent: a datastore left without a backup is something a person must still do.
        ctx.needsInput(checkId, "the backup service dumps " + db.name() + " only; back up " + other.name() + " (" + other.stateful() + ") too");
      }
    }
  }

  /** The database service's environment as written in its compose file (values only used to mirror them). */
  static java.util.Map<String, String> environment(Workspace ws, Stack.Service db) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    Optional<String> text = ws.read(db.file());
    if (text.isEmpty()) return out;
    try {
      Optional<org.yaml.snakeyaml.nodes.Node> env = YamlTextEditor.of(db.file(), text.get()).get("services", db.name(), "environment");
      if (env.isPresent() && env.get() instanceof org.yaml.snakeyaml.nodes.MappingNode) {
        for (org.yaml.snakeyaml.nodes.NodeTuple t : ((org.yaml.snakeyaml.nodes.MappingNode) env.get()).getValue()) {
          String k = YamlTextEditor.scalar(t.getKeyNode());
          String v = YamlTextEditor.scalar(t.getValueNode());
          if (k != null && v != null) out.put(k, v);
        }
      } else if (env.isPresent() && env.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
        for (org.yaml.snakeyaml.nodes.Node n : ((org.yaml.snakeyaml.nodes.SequenceNode) env.get()).getValue()) {
          String item = YamlTextEditor.scalar(n);
          if (item != null && item.indexOf('=') > 0) out.put(item.substring(0, item.indexOf('=')), item.substring(item.indexOf('=') + 1));
        }
      }
    } catch (YamlTextEditor.EditException e) {
      // Unreadable compose file: the values stay unknown and the user is told to set them.
    }
    return out;
  }

  /** The shell loop run by the backup service ($$ keeps variables for the container). */
  private static String loop(Stack.Service db) {
    String host = db.name();
    String dump;
    String ext;
    if ("postgres".equals(db.stateful())) {
      dump = "PGPASSWORD=\"$$POSTGRES_PASSWORD\" pg_dump -h " + host + " -U \"$${POSTGRES_USER:-postgres}\" -Fc \"$${POSTGRES_DB:-$${POSTGRES_USER:-postgres}}\"";
      ext = "dump";
    } else if ("mongo".equals(db.stateful())) {
      dump = "mongodump --host " + host + " --archive --gzip $${MONGO_INITDB_ROOT_USERNAME:+--username \"$$MONGO_INITDB_ROOT_USERNAME\" --password \"$$MONGO_INITDB_ROOT_PASSWORD\" --authenticationDatabase admin}";
      ext = "archive.gz";
    } else {
      dump = "mysqldump -h " + host + " --single-transaction --routines --all-databases -uroot -p\"$${MYSQL_ROOT_PASSWORD:-$$MARIADB_ROOT_PASSWORD}\" | gzip";
      ext = "sql.gz";
    }
    return "while true; do f=/backups/" + db.name() + "-$$(date -u +%Y%m%dT%H%M%SZ)." + ext + "; "
        + "if " + dump + " > \"$$f.partial\" && [ -s \"$$f.partial\" ]; then mv \"$$f.partial\" \"$$f\"; echo \"backup: wrote $$f\"; "
        + "else rm -f \"$$f.partial\"; echo 'backup: FAILED' >&2; fi; "
        + "find /backups -name '" + db.name() + "-*." + ext + "' -mtime +$$BACKUP_RETENTION_DAYS -delete; sleep 86400; done";
  }

  private static String relativeToProject(Stack stack, String file) {
    String dir = stack.compose().projectDir();
    if (".".equals(dir)) return "./" + file;
    return file.startsWith(dir + "/") ? "./" + file.substring(dir.length() + 1) : file;
  }
}
