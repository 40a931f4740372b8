package dev.readiness.check;

import dev.readiness.policy.PolicyEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns compiled policy sets into {@link LoadedCheck}s: which packages are checks, their metadata and rules. */
final class CheckLoader {
  /** Rule names a check may define (used when an engine cannot list its rules). */
  static final Set<String> CONTRACT_RULES = Set.of("applicable", "deny", "violation", "warn", "total", "passing", "input_errors");

  private CheckLoader() {}

  /** Built-in checks: every package whose METADATA declares {@code custom.id} (lib helpers have none). */
  static List<LoadedCheck> builtin(List<PolicyModule> modules, PolicyEngine engine) {
    List<LoadedCheck> out = new ArrayList<>();
    Map<String, Set<String>> rules = rulesByPackage(engine);
    for (ModuleHeader h : byPackage(modules).values()) {
      if (h.declaredId() == null) continue;
      out.add(new LoadedCheck(MetadataReader.strict(h), engine, h.packagePath(), rules(rules, h.packagePath()),
          perFile(h), h.customList("files"), true));
    }
    return out;
  }

  /**
   * User checks: packages with contract METADATA, or conftest-style packages that define
   * deny/violation/warn rules. Packages with neither (helpers) are not checks.
   */
  static List<LoadedCheck> user(List<PolicyModule> modules, PolicyEngine engine) {
    List<LoadedCheck> out = new ArrayList<>();
    Map<String, Set<String>> byPackage = rulesByPackage(engine);
    for (ModuleHeader h : byPackage(modules).values()) {
      Set<String> rules = rules(byPackage, h.packagePath());
      boolean denies = rules.stream().anyMatch(LoadedCheck::isDeny);
      boolean warns = rules.stream().anyMatch(LoadedCheck::isWarn);
      if (!denies && !warns && !rules.contains("total")) continue;
      boolean complete = h.declaredId() != null && h.custom("category") != null && h.custom("severity") != null;
      CheckMetadata meta = complete ? MetadataReader.strict(h) : MetadataReader.lenient(h, !denies);
      out.add(new LoadedCheck(meta, engine, h.packagePath(), rules, perFile(h), h.customList("files"), false));
    }
    return out;
  }

  /** Checks of a wasm bundle: one per package among its entrypoints that defines a check rule. */
  static List<LoadedCheck> bundle(Path bundle, PolicyEngine engine) {
    Map<String, Set<String>> packages = new LinkedHashMap<>();
    for (String ep : engine.entrypoints()) {
      String path = ep.startsWith("data.") ? ep.substring(5).replace('.', '/') : ep;
      int slash = path.lastIndexOf('/');
      if (slash <= 0) continue;
      packages.computeIfAbsent(path.substring(0, slash).replace('/', '.'), k -> new LinkedHashSet<>())
          .add(path.substring(slash + 1));
    }
    List<LoadedCheck> out = new ArrayList<>();
    packages.forEach((pkg, rules) -> {
      boolean denies = rules.stream().anyMatch(LoadedCheck::isDeny);
      boolean warns = rules.stream().anyMatch(LoadedCheck::isWarn);
      if (!denies && !warns && !rules.contains("total")) return;
      Severity severity = denies ? Severity.MEDIUM : Severity.LOW;
      CheckMetadata meta = new CheckMetadata(pkg, pkg, Categories.CUSTOM, severity, "Policy from wasm bundle " + bundle,
          List.of(), "", false, null, bundle.toString());
      out.add(new LoadedCheck(meta, engine, pkg, rules, pkg.equals("main"), List.of(), false));
    });
    return out;
  }

  private static boolean perFile(ModuleHeader h) {
    return h.packagePath().equals("main") || "file".equalsIgnoreCase(h.custom("input"));
  }

  // Several modules may share a package; the one carrying METADATA describes the check.
  private static Map<String, ModuleHeader> byPackage(List<PolicyModule> modules) {
    Map<String, ModuleHeader> out = new LinkedHashMap<>();
    for (PolicyModule m : modules) {
      ModuleHeader h = BuiltinLibrary.header(m);
      ModuleHeader prev = out.get(h.packagePath());
      if (prev == null || (prev.annotation().isEmpty() && !h.annotation().isEmpty())) out.put(h.packagePath(), h);
    }
    return out;
  }

  // Rule names by package (dotted path) from the engine's entrypoints (slash paths without the data root).
  private static Map<String, Set<String>> rulesByPackage(PolicyEngine engine) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String ep : engine.entrypoints()) {
      String p = ep.startsWith("data.") ? ep.substring(5).replace('.', '/') : ep;
      int slash = p.lastIndexOf('/');
      if (slash <= 0) continue;
      out.computeIfAbsent(p.substring(0, slash).replace('/', '.'), k -> new LinkedHashSet<>()).add(p.substring(slash + 1));
    }
    return out;
  }

  // Rule names of one package; the contract's names when the engine lists no entrypoints at all.
  private static Set<String> rules(Map<String, Set<String>> byPackage, String packagePath) {
    Set<String> out = byPackage.get(packagePath);
    if (out != null) return new LinkedHashSet<>(out);
    return byPackage.isEmpty() ? CONTRACT_RULES : new LinkedHashSet<>();
  }
}
