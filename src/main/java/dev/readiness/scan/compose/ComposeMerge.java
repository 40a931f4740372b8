package dev.readiness.scan.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalizes compose service definitions (list forms to mappings) and merges them the way
 * {@code docker compose -f base -f override} does: mappings merge by key (environment, labels,
 * depends_on, networks, build args, deploy), ports/expose/cap_add/dns/env_file/profiles append
 * without duplicates, volumes merge by container path, secrets/configs by source, logging keeps the
 * base options only when the driver stays the same, and everything else (command, entrypoint,
 * healthcheck test, image, ...) is replaced by the override.
 */
final class ComposeMerge {
  private static final Set<String> KEYED_BY_NAME = Set.of("environment", "labels", "extra_hosts", "sysctls", "annotations");
  private static final Set<String> UNION = Set.of(
      "cap_add", "cap_drop", "expose", "profiles", "security_opt", "dns", "dns_search", "dns_opt", "env_file", "tmpfs",
      "volumes_from", "links", "external_links", "device_cgroup_rules", "group_add");

  private ComposeMerge() {}

  /** A service with list forms turned into mappings so merging and reading are uniform. Mutates and returns a copy. */
  static Tree.Map normalizeService(Tree.Map service) {
    Tree.Map s = service.copy();
    for (String key : KEYED_BY_NAME) {
      Tree v = s.get(key);
      if (v instanceof Tree.Seq seq) s.put(key, listToMap(seq, key.equals("extra_hosts") ? ":=" : "="), s.keyLine(key));
    }
    Tree deps = s.get("depends_on");
    if (deps instanceof Tree.Seq seq) {
      Tree.Map m = Tree.Map.empty(seq.file(), seq.line());
      for (Tree item : seq.items()) {
        String name = Tree.text(item);
        if (name == null) continue;
        Tree.Map cond = Tree.Map.empty(item.file(), item.line());
        cond.put("condition", new Tree.Scalar("service_started", "service_started", item.file(), item.line()), item.line());
        m.put(name, cond, item.line());
      }
      s.put("depends_on", m, s.keyLine("depends_on"));
    }
    Tree nets = s.get("networks");
    if (nets instanceof Tree.Seq seq) {
      Tree.Map m = Tree.Map.empty(seq.file(), seq.line());
      for (Tree item : seq.items()) {
        String name = Tree.text(item);
        if (name != null) m.put(name, new Tree.Scalar(null, null, item.file(), item.line()), item.line());
      }
      s.put("networks", m, s.keyLine("networks"));
    }
    Tree build = s.get("build");
    if (build instanceof Tree.Scalar sc && sc.value() != null) {
      Tree.Map m = Tree.Map.empty(sc.file(), sc.line());
      m.put("context", sc, sc.line());
      s.put("build", m, s.keyLine("build"));
    }
    if (s.get("build") instanceof Tree.Map b && b.get("args") instanceof Tree.Seq args) {
      b.put("args", listToMap(args, "="), b.keyLine("args"));
    }
    if (s.get("deploy") instanceof Tree.Map d && d.get("labels") instanceof Tree.Seq labels) {
      d.put("labels", listToMap(labels, "="), d.keyLine("labels"));
    }
    for (String key : UNION) {
      Tree v = s.get(key);
      if (v instanceof Tree.Scalar sc && sc.value() != null) s.put(key, new Tree.Seq(new ArrayList<>(List.of(sc)), sc.file(), sc.line()), s.keyLine(key));
    }
    return s;
  }

  /** Merges an override service into a base service (both normalized); returns a new tree. */
  static Tree.Map mergeService(Tree.Map base, Tree.Map override) {
    Tree.Map out = base.copy();
    for (Map.Entry<String, Tree> e : override.entries().entrySet()) {
      String key = e.getKey();
      Tree over = e.getValue();
      Tree old = out.get(key);
      Tree merged;
      if (old == null) {
        merged = Tree.copy(over);
      } else if (key.equals("logging")) {
        merged = mergeLogging(old, over);
      } else if (key.equals("volumes") || key.equals("devices")) {
        merged = mergeKeyed(old, over, ComposeMerge::mountTarget);
      } else if (key.equals("secrets") || key.equals("configs")) {
        merged = mergeKeyed(old, over, ComposeMerge::source);
      } else if (key.equals("ports") || UNION.contains(key)) {
        merged = mergeKeyed(old, over, ComposeMerge::identity);
      } else if (key.equals("command") || key.equals("entrypoint")) {
        merged = Tree.copy(over);
      } else {
        merged = mergeDeep(old, over);
      }
      out.put(key, merged, override.keyLine(key));
    }
    return out;
  }

  /** Mappings merge recursively; anything else is replaced (healthcheck.test included). */
  static Tree mergeDeep(Tree base, Tree override) {
    if (base instanceof Tree.Map b && override instanceof Tree.Map o) {
      // The merged mapping is reported where the override writes it: that is the line a reader edits.
      Tree.Map copy = b.copy();
      Tree.Map out = new Tree.Map(copy.entries(), copy.keyLines(), o.file(), o.line());
      for (Map.Entry<String, Tree> e : o.entries().entrySet()) {
        Tree old = out.get(e.getKey());
        out.put(e.getKey(), old == null ? Tree.copy(e.getValue()) : mergeDeep(old, e.getValue()), o.keyLine(e.getKey()));
      }
      return out;
    }
    return Tree.copy(override);
  }

  /** Top-level sections (networks, volumes, secrets, configs): entries merge by name. */
  static Tree.Map mergeTopLevel(Tree.Map base, Tree.Map override) {
    return (Tree.Map) mergeDeep(base, override);
  }

  private static Tree mergeLogging(Tree base, Tree over) {
    String bd = Tree.text(Tree.entries(base).get("driver"));
    String od = Tree.text(Tree.entries(over).get("driver"));
    if (od != null && bd != null && !od.equals(bd)) return Tree.copy(over);
    return mergeDeep(base, over);
  }

  private interface KeyOf {
    String key(Tree item);
  }

  /** Sequences merged by a key: the override's item replaces the base item with the same key, new keys append. */
  private static Tree mergeKeyed(Tree base, Tree over, KeyOf keyOf) {
    Map<String, Tree> byKey = new LinkedHashMap<>();
    for (Tree t : Tree.items(base)) byKey.put(keyOf.key(t), t);
    for (Tree t : Tree.items(over)) {
      String k = keyOf.key(t);
      byKey.remove(k);
      byKey.put(k, t);
    }
    List<Tree> items = new ArrayList<>();
    for (Tree t : byKey.values()) items.add(Tree.copy(t));
    return new Tree.Seq(items, over.file(), over.line());
  }

  private static String identity(Tree t) {
    if (t instanceof Tree.Scalar s) return "s:" + s.value();
    StringBuilder b = new StringBuilder("m:");
    Tree.entries(t).entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.append(e.getKey()).append('=').append(Tree.text(e.getValue())).append(';'));
    return b.toString();
  }

  private static String source(Tree t) {
    if (t instanceof Tree.Scalar s) return String.valueOf(s.value());
    String src = Tree.text(Tree.entries(t).get("source"));
    return src == null ? identity(t) : src;
  }

  /** The container path of a volume/device entry: the second part of SRC:DST[:MODE], the only part of DST, or target:. */
  static String mountTarget(Tree t) {
    if (t instanceof Tree.Scalar s && s.value() != null) {
      List<String> parts = VolumeSpec.split(s.value());
      return parts.size() >= 2 ? parts.get(1) : parts.get(0);
    }
    String target = Tree.text(Tree.entries(t).get("target"));
    return target == null ? identity(t) : target;
  }

  private static Tree.Map listToMap(Tree.Seq seq, String separators) {
    Tree.Map m = Tree.Map.empty(seq.file(), seq.line());
    for (Tree item : seq.items()) {
      if (!(item instanceof Tree.Scalar s) || s.value() == null) continue;
      int cut = indexOfAny(s.value(), separators);
      int rawCut = s.raw() == null ? -1 : indexOfAny(s.raw(), separators);
      if (cut < 0) {
        m.put(s.value().strip(), new Tree.Scalar(null, null, s.file(), s.line()), s.line());
      } else {
        String raw = rawCut < 0 ? null : s.raw().substring(rawCut + 1);
        m.put(s.value().substring(0, cut).strip(), new Tree.Scalar(s.value().substring(cut + 1), raw, s.file(), s.line()), s.line());
      }
    }
    return m;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
