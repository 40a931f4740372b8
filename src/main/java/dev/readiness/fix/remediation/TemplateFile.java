package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Workspace;
import java.util.HashMap;
import java.util.Map;

/** Renders one template into one file unless the file already exists (idempotent), with the generated-file marker. */
final class TemplateFile {
  private TemplateFile() {}

  /**
   * Generates the file (regenerating a file the fix generated before; a user's file is refused unless
   * --force); returns whether it is planned or already up to date.
   */
  static boolean generate(Workspace ws, FixContext ctx, String checkId, String path, String template, Map<String, Object> model, String reason) {
    return generate(ws, ctx, checkId, path, template, model, reason, false);
  }

  /** As above; with {@code reuseExisting} an existing file is taken as it is (a dependency of another remediation). */
  static boolean generate(Workspace ws, FixContext ctx, String checkId, String path, String template, Map<String, Object> model,
                          String reason, boolean reuseExisting) {
    if (reuseExisting && ws.exists(path)) return true;
    Map<String, Object> m = new HashMap<>(model);
    m.put("marker", ctx.marker(path, checkId));
    return ws.generate(path, ctx.templates().render(template, m), checkId, reason);
  }
}
