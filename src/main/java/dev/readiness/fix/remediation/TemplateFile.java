package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Workspace;
import java.util.HashMap;
import java.util.Map;

/** Renders one template into one file unless the file already exists (idempotent), with the generated-file marker. */
final class TemplateFile {
  private TemplateFile() {}

  /** Generates the file; returns whether it is (now) planned or already there. */
  static boolean generate(Workspace ws, FixContext ctx, String checkId, String path, String template, Map<String, Object> model, String reason) {
    if (ws.exists(path)) return true;
    Map<String, Object> m = new HashMap<>(model);
    m.put("marker", ctx.marker(path, checkId));
    return ws.generate(path, ctx.templates().render(template, m), checkId, reason);
  }
}
