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
    Optional<String> template = templateText(stack, ws, path);
    Map<String, String> defaults = new LinkedHashMap<>(template.map(EnvText::parse).orElse(Map.of()));
    List<String> devOverrides = productionValues(stack, ws, defaults, template.map(EnvText::commented).orElse(Map.of()));
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
    if (!devOverrides.isEmpty() && !real.isEmpty()) {
      ctx.note(checkId, path + " takes the production values the template documents for " + String.join(", ", devOverrides)
          + " (its commented-out default or the compose file's fallback), not the development overrides the template activates");
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

  private static final java.util.regex.Pattern FALLBACK = java.util.regex.Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]*)}");
  private static final java.util.regex.Pattern LOOPBACK = java.util.regex.Pattern.compile("^(127\\.0\\.0\\.1|localhost|\\[::1]):");

  /**
   * Replaces, in {@code values}, the template's development overrides by the production value it documents, and
   * leaves out values that would widen exposure; returns the keys changed. A template that gives a key a commented-out
   * value and an active one documents a default and an override: production takes the commented value when the
   * compose file falls back to that same value ({@code ${KEY:-value}}: both say it is the stack's default), when the
   * active value is a development setting and the commented one its production counterpart (DEBUG=true / false,
   * NODE_ENV=development / production, a reload flag), or, for
   * COMPOSE_PROFILES, when the profiles only the active value enables run development services only (source mounts,
   * dev servers, asset watchers). A value that publishes a port on every interface where the compose file's fallback
   * binds loopback is left out (compose's fallback applies); so is a development setting with no alternative.
   */
  static List<String> productionValues(Stack stack, Workspace ws, Map<String, String> values, Map<String, String> commented) {
    Map<String, String> fallback = new java.util.HashMap<>();
    for (String f : stack.compose().baseFiles()) {
      java.util.regex.Matcher m = FALLBACK.matcher(ws.read(f).orElse(""));
      while (m.find()) fallback.putIfAbsent(m.group(1), unquote(m.group(2).trim()));
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : new ArrayList<>(values.entrySet())) {
      String k = e.getKey();
      String v = e.getValue();
      String c = commented.get(k);
      String fb = fallback.get(k);
      if (c != null && !c.equals(v)) {
        boolean devOverride = c.equals(fb) || (EnvText.developmentSetting(k, v) && EnvText.productionSetting(k, c))
            || ("COMPOSE_PROFILES".equals(k) && c.matches("[A-Za-z0-9_.,\\s-]*") && developmentProfilesOnly(stack, ws, v, c));
        if (devOverride) {
          if (c.isEmpty()) values.remove(k);
          else values.put(k, c);
          changed.add(k);
          continue;
        }
      }
      if ((fb != null && LOOPBACK.matcher(fb).find() && !LOOPBACK.matcher(v).find() && v.matches("[0-9]+(:[0-9]+)?"))
          || (c == null && EnvText.developmentSetting(k, v))) {
        values.remove(k);
        changed.add(k);
      }
    }
    return changed;
  }

  /** True when every profile {@code active} enables beyond {@code alternative} only has development services. */
  private static boolean developmentProfilesOnly(Stack stack, Workspace ws, String active, String alternative) {
    Set<String> extra = new LinkedHashSet<>(List.of(active.split("\\s*,\\s*")));
    extra.removeAll(List.of(alternative.split("\\s*,\\s*")));
    extra.remove("");
    if (extra.isEmpty()) return false;
    for (String p : extra) {
      boolean any = false;
      for (Stack.Service s : stack.services()) {
        Optional<org.yaml.snakeyaml.nodes.Node> n = ComposeTarget.baseNode(stack, ws, s.name(), "profiles");
        if (n.isEmpty() || !(n.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq)) continue;
        if (seq.getValue().stream().map(dev.readiness.fix.YamlTextEditor::scalar).noneMatch(p::equals)) continue;
        any = true;
        if (!DevConfig.developmentService(stack, ws, s)) return false;
      }
      if (!any) return false;
    }
    return true;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) return v.substring(1, v.length() - 1);
    return v;
  }

  /**
   * The template that matches the target (TARGET.example, same-dir .env.example/.env.template/.env.sample,
   * any template), else the production env file.
   */
  private static Optional<String> templateText(Stack stack, Workspace ws, String path) {
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    List<String> candidates = List.of(path + ".example", path + ".template", path + ".sample",
        dir + ".env.example", dir + ".env.template", dir + ".env.sample");
    for (String c : candidates) {
      Optional<String> t = ws.read(c);
      if (t.isPresent()) return t;
    }
    for (Stack.EnvFile f : stack.envFiles()) {
      if (f.template()) {
        Optional<String> t = ws.read(f.file());
        if (t.isPresent()) return t;
      }
    }
    // No template: the production env file names the keys the app reads (its secrets are regenerated, never copied).
    for (Stack.EnvFile f : stack.envFiles()) {
      if ("production".equals(f.environment()) && !f.file().equals(path)) {
        Optional<String> t = ws.read(f.file());
        if (t.isPresent()) return t;
      }
    }
    return Optional.empty();
  }
}
