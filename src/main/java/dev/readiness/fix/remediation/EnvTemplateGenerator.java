package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents every variable the stack reads in {@code .env.example}: the union of the keys of all env
 * files and the variables compose interpolates, values blanked, secrets marked. An existing template
 * gets the missing keys appended; otherwise one is generated beside the compose file.
 */
public final class EnvTemplateGenerator implements Remediation {
  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Map<String, Boolean> keys = new LinkedHashMap<>();
    Map<String, String> source = new LinkedHashMap<>();
    for (Stack.EnvFile f : stack.envFiles()) {
      for (Stack.EnvKey k : f.keys()) {
        keys.merge(k.key(), k.secretLike() || "secret".equals(k.kind()) || EnvText.secretName(k.key()), Boolean::logicalOr);
        source.putIfAbsent(k.key(), f.file());
      }
    }
    for (String v : stack.composeVariables()) {
      keys.merge(v, EnvText.secretName(v), Boolean::logicalOr);
      source.putIfAbsent(v, "compose");
    }
    if (keys.isEmpty()) return;
    Optional<Stack.EnvFile> template = stack.envFiles().stream().filter(Stack.EnvFile::template).findFirst();
    String path = template.map(Stack.EnvFile::file).orElse(projectPrefix(stack) + ".env.example");
    Optional<String> existing = ws.read(path);
    Map<String, String> present = existing.map(EnvText::parse).orElse(Map.of());
    List<String> lines = new ArrayList<>();
    String lastSource = null;
    for (Map.Entry<String, Boolean> e : keys.entrySet()) {
      if (present.containsKey(e.getKey())) continue;
      String src = source.get(e.getKey());
      if (!src.equals(lastSource)) {
        if (!lines.isEmpty() || existing.isPresent()) lines.add("");
        lines.add("# read by " + ("compose".equals(src) ? "the compose file (${VAR} interpolation)" : src));
        lastSource = src;
      }
      if (e.getValue()) lines.add("# secret: set a strong random value (e.g. openssl rand -base64 32); never commit it");
      lines.add(e.getKey() + "=");
    }
    if (lines.isEmpty()) return;
    if (existing.isPresent()) {
      TextLines t = new TextLines(existing.get());
      List<String> block = new ArrayList<>();
      block.add("");
      block.add("# added by readiness fix (" + checkId + "): variables the stack reads that were not documented");
      block.addAll(lines.subList(lines.get(0).isEmpty() ? 1 : 0, lines.size()));
      t.append(block);
      ws.patch(path, t.toString(), checkId, "document " + (keys.size() - present.size()) + " undocumented variable(s), values blanked");
      return;
    }
    StringBuilder s = new StringBuilder();
    s.append(ctx.marker(path, checkId)).append('\n');
    s.append("# Every variable the stack reads. Copy to .env and fill in; never commit the copy.\n");
    for (String l : lines) s.append(l).append('\n');
    ws.generate(path, s.toString(), checkId, "document the " + keys.size() + " variables the stack reads, values blanked");
  }

  static String projectPrefix(Stack stack) {
    String dir = stack.compose() == null ? "." : stack.compose().projectDir();
    return ".".equals(dir) ? "" : dir + "/";
  }
}
