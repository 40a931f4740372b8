package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the operations scripts: {@code scripts/wait-for-healthy.sh} (wired into existing start/deploy
 * scripts right after their {@code compose up}), {@code scripts/rollback.sh}, and
 * {@code scripts/backup.sh} (with a scheduled backup service in the production compose file).
 */
public final class ScriptGenerator implements Remediation {
  /** Which script this instance writes. */
  public enum Kind { WAIT_FOR_HEALTHY, ROLLBACK, BACKUP }

  static final String WAIT = "scripts/wait-for-healthy.sh";
  static final String ROLLBACK = "scripts/rollback.sh";
  static final String BACKUP = "scripts/backup.sh";

  private final Kind kind;

  public ScriptGenerator(Kind kind) {
    this.kind = kind;
  }

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    if (ComposeTarget.of(stack).isEmpty()) {
      ComposeTarget.explainMissing(checkId, stack, ctx, "no compose stack found; the scripts drive docker compose");
      return;
    }
    if (!write(kind, checkId, stack, ws, ctx, false)) return;
    if (kind == Kind.WAIT_FOR_HEALTHY) wireHealthWait(checkId, stack, ws);
    if (kind == Kind.ROLLBACK) {
      Gitignore.ensure(ws, checkId, List.of(".deploy/"), "keep the deploy bookkeeping (previous/current release) out of git");
      boolean recorded = stack.scripts().stream().anyMatch(s -> ws.read(s.file()).map(t -> t.contains(".deploy/previous")).orElse(false));
      if (!recorded) {
        ctx.note(checkId, "scripts/rollback.sh returns to the release in .deploy/previous: the generated deploy workflow records it; a deploy"
            + " script of your own must run `mkdir -p .deploy && git rev-parse HEAD > .deploy/previous` before it updates (until then pass a ref: scripts/rollback.sh v1.2.3)");
      }
    }
    if (kind == Kind.BACKUP) {
      new BackupService().plan(checkId, stack, ws, ctx);
      Gitignore.ensure(ws, checkId, List.of("backups/"), "keep database dumps out of git");
    }
  }

  /** Makes sure the script exists for another remediation that calls it (an existing one is used as is). */
  static boolean ensure(Kind kind, String checkId, Stack stack, Workspace ws, FixContext ctx) {
    return write(kind, checkId, stack, ws, ctx, true);
  }

  /** Writes the script; returns whether it exists or is planned. */
  private static boolean write(Kind kind, String checkId, Stack stack, Workspace ws, FixContext ctx, boolean reuse) {
    Map<String, Object> m = new HashMap<>();
    m.put("up", "..");
    m.put("composeFileVar", Images.composeFileVar(stack, ws));
    if (kind == Kind.WAIT_FOR_HEALTHY) {
      boolean ok = TemplateFile.generate(ws, ctx, checkId, WAIT, "scripts/wait-for-healthy.sh.ftl", m,
          "wait until every container is healthy before declaring a start or deploy done", reuse);
      ws.mode(WAIT, 0755);
      return ok;
    }
    if (kind == Kind.ROLLBACK) {
      ensure(Kind.WAIT_FOR_HEALTHY, checkId, stack, ws, ctx);
      boolean ok = TemplateFile.generate(ws, ctx, checkId, ROLLBACK, "scripts/rollback.sh.ftl", m,
          "return to the previous release (recorded by the deploy) and verify its health", reuse);
      ws.mode(ROLLBACK, 0755);
      return ok;
    }
    Optional<Stack.Service> db = stack.database();
    if (db.isEmpty()) {
      ctx.note(checkId, "no database service (postgres, mysql, mariadb, mongo) found; nothing to back up automatically");
      return false;
    }
    m.put("db", dbModel(db.get()));
    m.put("backupDir", "backups");
    boolean ok = TemplateFile.generate(ws, ctx, checkId, BACKUP, "scripts/backup.sh.ftl", m,
        "dump the " + db.get().stateful() + " database with retention", reuse);
    ws.mode(BACKUP, 0755);
    return ok;
  }

  static Map<String, String> dbModel(Stack.Service db) {
    String kind = db.stateful().toLowerCase(Locale.ROOT);
    String ext = kind.equals("postgres") ? "dump" : kind.equals("mongo") ? "archive.gz" : "sql.gz";
    return Map.of("kind", kind, "service", db.name(), "extension", ext);
  }

  /** Inserts a call to wait-for-healthy.sh after each {@code compose up} of start/deploy scripts that do not wait. */
  private static void wireHealthWait(String checkId, Stack stack, Workspace ws) {
    for (Stack.Script s : stack.scripts()) {
      if (s.healthWait() || !(s.kind().equals("start") || s.kind().equals("deploy"))) continue;
      Optional<String> text = ws.read(s.file());
      if (text.isEmpty() || text.get().contains("wait-for-healthy.sh")) continue;
      TextLines t = new TextLines(text.get());
      int inserted = 0;
      for (Stack.ComposeCall call : s.composeCalls()) {
        if (!call.command().trim().startsWith("up") || call.line() < 1 || call.line() > t.size()) continue;
        int at = call.line() - 1 + inserted;
        while (at < t.size() - 1 && t.get(at).stripTrailing().endsWith("\\")) at++;
        // Deploys run the production chain (the override is wired into them); start scripts run what they name.
        String files = s.kind().equals("deploy") ? Images.composeFileVar(stack, ws)
            : String.join(":", call.files().isEmpty() ? stack.compose().defaultFiles() : call.files());
        String indent = t.get(call.line() - 1 + inserted).replaceAll("^(\\s*).*$", "$1");
        // `|| exit 1`: the script stops there even without `set -e`, so it never reports a start that did not become healthy.
        t.insert(at + 1, List.of(indent + "COMPOSE_FILE=\"" + files + "\" \"" + relativeCall(s.file()) + "\" \"${HEALTH_TIMEOUT:-180}\" || exit 1"));
        inserted++;
      }
      if (inserted > 0) {
        ws.patch(s.file(), t.toString(), checkId, "make " + s.file() + " fail unless every container becomes healthy");
      }
    }
  }

  /** The path of wait-for-healthy.sh as seen from a script, anchored on the script's own directory. */
  static String relativeCall(String scriptFile) {
    int depth = (int) scriptFile.chars().filter(ch -> ch == '/').count();
    if (scriptFile.startsWith("scripts/") && depth == 1) return "$(dirname \"$0\")/wait-for-healthy.sh";
    return "$(dirname \"$0\")/" + "../".repeat(depth) + WAIT;
  }
}
