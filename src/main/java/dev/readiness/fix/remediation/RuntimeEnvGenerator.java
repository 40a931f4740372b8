package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates the env files compose needs: the {@code .env} it interpolates from (every unresolved
 * variable) and every missing {@code env_file}, from the matching template. Secrets get fresh random
 * values; non-secret values are carried over from templates when they are not placeholders. Files are
 * mode 600 and gitignored, and diffs show {@code <generated secret>} instead of any value generated.
 */
public final class RuntimeEnvGenerator implements Remediation {
  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    String prefix = EnvTemplateGenerator.projectPrefix(stack);
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    if (!stack.composeVariables().isEmpty()) wanted.computeIfAbsent(prefix + ".env", k -> new LinkedHashSet<>()).addAll(stack.composeVariables());
    for (Stack.Service s : stack.services()) {
      for (String f : s.envFiles()) {
        if (!ws.exists(f)) wanted.computeIfAbsent(f, k -> new LinkedHashSet<>());
      }
    }
    for (Map.Entry<String, Set<String>> e : wanted.entrySet()) {
      planFile(checkId, stack, ws, ctx, e.getKey(), e.getValue());
    }
  }

  private static void planFile(String checkId, Stack stack, Workspace ws, FixContext ctx, String path, Set<String> required) {
    Map<String, String> defaults = templateValues(stack, ws, path);
    Set<String> keys = new LinkedHashSet<>(required);
    if (!ws.exists(path)) keys.addAll(defaults.keySet());
    Optional<String> existing = ws.read(path);
    Map<String, String> present = existing.map(EnvText::parse).orElse(Map.of());
    List<String> real = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<String> blank = new ArrayList<>();
    for (String k : keys) {
      if (present.containsKey(k)) continue;
      String d = defaults.get(k);
      if (EnvText.secretName(k)) {
        real.add(k + "=" + ctx.secret());
        shown.add(k + "=<generated secret>");
      } else if (d != null && !EnvText.placeholder(d) && !d.contains("@")) {
        // A value with credentials in it (user:pass@host) is a secret in disguise: left blank for a human.
        real.add(k + "=" + d);
        shown.add(k + "=" + d);
      } else if (required.contains(k)) {
        // Compose needs it and no value can be derived: nothing is written (an empty value would pass the check while compose still fails).
        blank.add(k);
      }
      // An optional key the template leaves empty is left out: the app falls back to its own default, as with the template.
    }
    if (!blank.isEmpty()) {
      ctx.needsInput(checkId, path + ": give " + String.join(", ", blank) + " (read by the stack; no value can be derived from a template or generated safely)");
    }
    if (real.isEmpty()) {
      if (!ws.exists(path) && blank.isEmpty()) {
        ctx.needsInput(checkId, path + ": the stack reads this file and no template lists its variables; create it with the values the services need");
      }
      return;
    }
    String header = ctx.marker(path, checkId) + "\n# Runtime configuration read by docker compose. Secret values were generated randomly;\n"
        + "# keep this file out of git (it is gitignored) and back it up somewhere safe.\n";
    String reason = "give compose the " + real.size() + " variable(s) it needs (secrets generated, file mode 600)";
    if (existing.isPresent()) {
      String eol = existing.get().contains("\r\n") ? "\r\n" : "\n";
      String sep = existing.get().isEmpty() || existing.get().endsWith("\n") ? "" : eol;
      ws.patch(path, existing.get() + sep + String.join(eol, real) + eol, checkId, reason);
      ws.display(path, maskedExisting(existing.get()) + sep + String.join(eol, shown) + eol);
    } else {
      if (!ws.generate(path, header + String.join("\n", real) + "\n", checkId, reason)) return;
      ws.display(path, header + String.join("\n", shown) + "\n");
    }
    ws.mode(path, 0600);
    String base = path.substring(path.lastIndexOf('/') + 1);
    Gitignore.ensure(ws, checkId, List.of(base.equals(".env") ? ".env" : path), "never commit " + path);
  }

  /** The existing file with every value masked, so the diff's context lines leak nothing. */
  private static String maskedExisting(String text) {
    StringBuilder out = new StringBuilder();
    for (String l : text.split("(?<=\n)")) {
      int eq = l.indexOf('=');
      if (eq > 0 && !l.trim().startsWith("#")) {
        String end = l.endsWith("\r\n") ? "\r\n" : l.endsWith("\n") ? "\n" : "";
        out.append(l, 0, eq + 1).append("<hidden>").append(end);
      } else {
        out.append(l);
      }
    }
    return out.toString();
  }

  /**
   * Values from the template that matches the target (TARGET.example, same-dir .env.example/.env.template/.env.sample,
   * any template), else from the production env file.
   */
  private static Map<String, String> templateValues(Stack stack, Workspace ws, String path) {
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    List<String> candidates = List.of(path + ".example", path + ".template", path + ".sample",
        dir + ".env.example", dir + ".env.template", dir + ".env.sample");
    for (String c : candidates) {
      Optional<String> t = ws.read(c);
      if (t.isPresent()) return EnvText.parse(t.get());
    }
    for (Stack.EnvFile f : stack.envFiles()) {
      if (f.template()) {
        Optional<String> t = ws.read(f.file());
        if (t.isPresent()) return EnvText.parse(t.get());
      }
    }
    // No template: the production env file names the keys the app reads (its secrets are regenerated, never copied).
    for (Stack.EnvFile f : stack.envFiles()) {
      if ("production".equals(f.environment()) && !f.file().equals(path)) {
        Optional<String> t = ws.read(f.file());
        if (t.isPresent()) return EnvText.parse(t.get());
      }
    }
    return Map.of();
  }
}
