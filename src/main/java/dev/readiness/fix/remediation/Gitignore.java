package dev.readiness.fix.remediation;

import dev.readiness.fix.Workspace;
import java.util.ArrayList;
import java.util.List;

/** Appends missing patterns to the root .gitignore (or creates it), keeping its content and line endings. */
final class Gitignore {
  static final String PATH = ".gitignore";

  private Gitignore() {}

  /** Adds the patterns not already listed verbatim; returns whether anything was added. */
  static boolean ensure(Workspace ws, String checkId, List<String> patterns, String reason) {
    String text = ws.read(PATH).orElse("");
    List<String> present = new ArrayList<>();
    for (String l : text.split("\r?\n")) present.add(l.trim());
    List<String> missing = new ArrayList<>();
    for (String p : patterns) if (!present.contains(p) && !missing.contains(p)) missing.add(p);
    if (missing.isEmpty()) return false;
    TextLines t = new TextLines(text);
    List<String> block = new ArrayList<>();
    if (t.size() > 0 && !t.get(t.size() - 1).isBlank()) block.add("");
    block.add("# added by readiness fix (" + checkId + ")");
    block.addAll(missing);
    t.append(block);
    if (text.isEmpty() && !ws.exists(PATH)) return ws.generate(PATH, t.toString(), checkId, reason);
    return ws.patch(PATH, t.toString(), checkId, reason);
  }
}
