package dev.readiness.scan.compose;

import dev.readiness.discover.ComposeInvocation;
import dev.readiness.discover.ComposeInvocations;
import dev.readiness.scan.dockerfile.DockerfileParser;
import dev.readiness.model.FileKind;
import dev.readiness.discover.RepoPaths;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.env.DotEnv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compose files → per-file facts and merged projects. A project is a directory with compose files;
 * each of its configs is one chain merged as {@code docker compose -f ... config} would: the default
 * chain (compose.yaml or docker-compose.yml plus its override), chains that scripts, workflows,
 * Makefiles or COMPOSE_FILE run, and prod-named (or other) files layered on the base.
 */
public final class ComposeScanner implements Scanner<ComposeFacts> {
  private static final List<String> BASE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
  private static final List<String> OVERRIDE_NAMES = List.of(
      "compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml");
  private static final int MAX_INCLUDE_DEPTH = 10;

  @Override
  public ComposeFacts scan(ScanContext context) {
    return new Run(context).scan();
  }

  /** One scan's state: caches of parsed files, confined to a single {@link #scan} call. */
  private static final class Run {
    private final ScanContext context;
    private final Map<String, Loaded> cache = new HashMap<>();
    private final Set<String> parseReported = new java.util.HashSet<>();
    /** Why a file could not be read (its first error diagnostic), by path. */
    private final Map<String, String> parseErrors = new HashMap<>();
    private final Map<String, String> purposes = new HashMap<>();

    private record Loaded(Tree.Map root, List<UnresolvedVariable> unresolved) {}

    Run(ScanContext context) { this.context = context; }

    ComposeFacts scan() {
      List<SourceFile> composeFiles = context.files(FileKind.COMPOSE);
      if (composeFiles.isEmpty()) return ComposeFacts.empty();
      List<ComposeInvocation> invocations = ComposeInvocations.find(context.files(), context::read, p -> context.file(p).isPresent());
      Set<String> composePaths = new TreeSet<>();
      composeFiles.forEach(f -> composePaths.add(f.path()));
      Set<String> productionFiles = new TreeSet<>();
      for (ComposeInvocation inv : invocations) {
        if (inv.production() && !inv.files().isEmpty()) productionFiles.add(inv.files().get(inv.files().size() - 1));
      }
      Set<String> referencedOnly = new TreeSet<>();
      List<ComposeFile> files = new ArrayList<>();
      for (SourceFile f : composeFiles) {
        Loaded l = load(f.path(), envFor(RepoPaths.dir(f.path())));
        String purpose = purpose(f.path());
        if (l == null) {
          String why = parseErrors.getOrDefault(f.path(), "could not be read");
          files.add(new ComposeFile(f.path(), role(f.path(), productionFiles), List.of(), null, null, List.of(), purpose, why));
          continue;
        }
        List<String> includes = includePaths(l.root(), f.path());
        referencedOnly.addAll(includes);
        for (Tree svc : Tree.entries(l.root().get("services")).values()) {
          if (svc instanceof Tree.Map m && m.get("extends") instanceof Tree.Map em && Tree.text(em.get("file")) != null) {
            String target = RepoPaths.join(RepoPaths.dir(f.path()), Tree.text(em.get("file")));
            if (target != null && !target.equals(f.path())) referencedOnly.add(target);
          }
        }
        files.add(new ComposeFile(f.path(), role(f.path(), productionFiles), List.copyOf(Tree.entries(l.root().get("services")).keySet()),
            Tree.text(l.root().get("version")), Tree.text(l.root().get("name")), includes, purpose, null));
      }
      for (ComposeInvocation inv : invocations) referencedOnly.removeAll(inv.files());
      Map<String, List<String>> byDir = new TreeMap<>();
      for (ComposeFile f : files) {
        if (referencedOnly.contains(f.file()) || f.error() != null) continue;
        String dir = RepoPaths.dir(f.file());
        // An overlay kept in a subdirectory (reverse-proxy/compose.caddy.yml adding labels to the app's
        // service) is layered on the base that defines what it completes, not judged as a stack alone.
        if (firstExisting(dir, BASE_NAMES) == null) {
          String baseDir = overlayBase(f.file());
          if (baseDir != null) dir = baseDir;
        }
        byDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(f.file());
      }
      for (ComposeInvocation inv : invocations) {
        if (!inv.files().isEmpty()) byDir.computeIfAbsent(RepoPaths.dir(inv.files().get(0)), d -> new ArrayList<>());
      }
      List<ComposeProject> projects = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : byDir.entrySet()) {
        ComposeProject p = project(e.getKey(), e.getValue(), invocations, composePaths);
        if (p != null) projects.add(p);
      }
      return new ComposeFacts(List.copyOf(files), List.copyOf(projects));
    }

    private ComposeProject project(String dir, List<String> dirFiles, List<ComposeInvocation> invocations, Set<String> composePaths) {
      String envFile = envFor(dir);
      Map<List<String>, ChainBuilder> chains = new LinkedHashMap<>();
      String base = firstExisting(dir, BASE_NAMES);
      String override = firstExisting(dir, OVERRIDE_NAMES);
      List<String> defaultChain = new ArrayList<>();
      if (base != null) defaultChain.add(base);
      if (override != null) defaultChain.add(override);
      // COMPOSE_FILE in the project's .env replaces the default chain, exactly as compose does.
      for (ComposeInvocation inv : invocations) {
        if (inv.variable() && inv.source().equals(envFile) && !inv.files().isEmpty()) {
          defaultChain = new ArrayList<>(inv.files());
        }
      }
      if (!defaultChain.isEmpty()) chains.put(defaultChain, new ChainBuilder("default", "default"));
      for (ComposeInvocation inv : invocations) {
        String where = inv.source() + ":" + inv.line();
        List<String> chain = inv.files();
        if (chain.isEmpty()) {
          // A bare "docker compose up" runs the default chain of wherever it is run; credit the chain at the root or the script's dir.
          String srcDir = RepoPaths.dir(inv.source());
          if ((dir.equals(srcDir) || dir.equals(".")) && !inv.variable() && chains.containsKey(defaultChain)) {
            chains.get(defaultChain).usedBy.add(where);
          }
          continue;
        }
        if (!RepoPaths.dir(chain.get(0)).equals(dir)) continue;
        ChainBuilder cb = chains.computeIfAbsent(chain, c -> new ChainBuilder(null, inv.variable() ? "compose-file-env" : "invocation"));
        cb.usedBy.add(where);
        cb.production |= inv.production();
        cb.swarm |= "deploy".equals(inv.subcommand());
      }
      Set<String> covered = new LinkedHashSet<>();
      chains.keySet().forEach(covered::addAll);
      for (String f : dirFiles) {
        if (f.equals(base) || f.equals(override)) continue;
        // A Swarm stack file is what production runs (docker stack deploy), like a prod-named file.
        boolean swarm = swarmStack(f, envFile);
        boolean prod = ComposeInvocations.productionName(f) || swarm;
        if (covered.contains(f)) {
          // Run by a script or COMPOSE_FILE: still what production runs when the chain ends in it.
          for (Map.Entry<List<String>, ChainBuilder> c : chains.entrySet()) {
            if (c.getValue().name == null && c.getKey().get(c.getKey().size() - 1).equals(f)) {
              c.getValue().production |= prod;
              c.getValue().swarm |= swarm;
            }
          }
          continue;
        }
        List<String> chain = new ArrayList<>();
        if (base != null && !standalone(f, envFile)) chain.add(base);
        chain.add(f);
        ChainBuilder cb = chains.computeIfAbsent(chain, c -> new ChainBuilder(null, prod ? "production-file" : "layered-file"));
        cb.production |= prod;
        cb.swarm |= swarm;
      }
      if (chains.isEmpty()) return null;
      String projectName = projectName(dir, chains.keySet().iterator().next(), envFile);
      // "production" goes to the chain ending in a prod-named file, else to the first chain production runs.
      List<String> productionChain = null;
      for (Map.Entry<List<String>, ChainBuilder> c : chains.entrySet()) {
        List<String> files = c.getKey();
        if (c.getValue().production && c.getValue().name == null && ComposeInvocations.productionName(files.get(files.size() - 1))) {
          productionChain = files;
          break;
        }
      }
      if (productionChain == null) {
        for (Map.Entry<List<String>, ChainBuilder> c : chains.entrySet()) {
          if (c.getValue().production && c.getValue().name == null) {
            productionChain = c.getKey();
            break;
          }
        }
      }
      List<ComposeConfig> configs = new ArrayList<>();
      Set<String> names = new java.util.HashSet<>();
      for (Map.Entry<List<String>, ChainBuilder> c : chains.entrySet()) {
        ChainBuilder cb = c.getValue();
        String name = cb.name;
        if (name == null) name = c.getKey().equals(productionChain) ? "production" : stem(c.getKey().get(c.getKey().size() - 1));
        if (!names.add(name)) name = String.join("+", c.getKey().stream().map(Run::stem).toList());
        names.add(name);
        configs.add(config(name, dir, c.getKey(), cb, envFile));
      }
      return new ComposeProject(projectName, dir, List.copyOf(configs));
    }

    private static final java.util.regex.Pattern STACK_NAME = java.util.regex.Pattern.compile("(?i)(^|[._-])stack([._-].*)?\\.ya?ml$");

    /** A Swarm stack file: named as one (docker-stack.yml, stack.prod.yml) or using deploy keys only Swarm acts on. */
    private boolean swarmStack(String file, String envFile) {
      if (!ComposePurpose.DEPLOYMENT.equals(purpose(file))) return false;
      if (STACK_NAME.matcher(file.substring(file.lastIndexOf('/') + 1)).find()) return true;
      Loaded l = load(file, envFile);
      if (l == null) return false;
      for (Tree s : Tree.entries(l.root().get("services")).values()) {
        Map<String, Tree> deploy = Tree.entries(Tree.entries(s).get("deploy"));
        for (String k : DeployInfo.SWARM_KEYS) if (deploy.containsKey(k)) return true;
      }
      return false;
    }

    /**
     * The directory of the base compose file (in an enclosing directory) that an overlay completes:
     * the nearest one defining every service the overlay only partly declares (no image, build or
     * extends); null when the file is complete or no base defines them.
     */
    private String overlayBase(String file) {
      Loaded l = load(file, envFor(RepoPaths.dir(file)));
      if (l == null) return null;
      Set<String> partial = new TreeSet<>();
      for (Map.Entry<String, Tree> e : Tree.entries(l.root().get("services")).entrySet()) {
        Map<String, Tree> svc = Tree.entries(e.getValue());
        if (!svc.containsKey("image") && !svc.containsKey("build") && !svc.containsKey("extends")) partial.add(e.getKey());
      }
      if (partial.isEmpty()) return null;
      String dir = RepoPaths.dir(file);
      while (!dir.equals(".")) {
        dir = RepoPaths.dir(dir);
        String base = firstExisting(dir, BASE_NAMES);
        if (base == null) continue;
        Loaded b = load(base, envFor(dir));
        if (b != null && Tree.entries(b.root().get("services")).keySet().containsAll(partial)) return dir;
      }
      return null;
    }

    /** A file whose every service has an image or a build is a complete stack, not an override. */
    private boolean standalone(String file, String envFile) {
      Loaded l = load(file, envFile);
      if (l == null) return false;
      Map<String, Tree> services = Tree.entries(l.root().get("services"));
      if (services.isEmpty()) return false;
      for (Tree s : services.values()) {
        Map<String, Tree> e = Tree.entries(s);
        if (!e.containsKey("image") && !e.containsKey("build") && !e.containsKey("extends")) return false;
      }
      return true;
    }

    private static final class ChainBuilder {
      final String name;
      final String source;
      final Set<String> usedBy = new LinkedHashSet<>();
      boolean production;
      boolean swarm;

      ChainBuilder(String name, String source) {
        this.name = name;
        this.source = source;
      }
    }

    private ComposeConfig config(String name, String projectDir, List<String> chain, ChainBuilder cb, String envFile) {
      Map<String, Tree.Map> services = new LinkedHashMap<>();
      Map<String, String[]> declared = new HashMap<>();
      Map<String, Tree.Map> top = new LinkedHashMap<>();
      Map<String, String> baseDirs = new HashMap<>();
      List<UnresolvedVariable> unresolved = new ArrayList<>();
      for (String f : chain) baseDirs.put(f, projectDir);
      for (String f : chain) {
        Loaded l = load(f, envFile);
        if (l == null) continue;
        unresolved.addAll(l.unresolved());
        addFile(f, l.root(), envFile, services, declared, top, baseDirs, unresolved, 0, new TreeSet<>());
      }
      List<String> names = new ArrayList<>(services.keySet());
      ServiceBuilder builder = new ServiceBuilder(context.root(), f -> baseDirs.getOrDefault(f, RepoPaths.dir(f)), names,
          path -> context.file(path).flatMap(f -> DockerfileParser.parse(context, f)).orElse(null));
      List<ComposeService> out = new ArrayList<>();
      for (String n : new TreeSet<>(names)) {
        String[] d = declared.get(n);
        out.add(builder.build(n, (Tree.Map) Tree.clean(services.get(n)), d[0], Integer.parseInt(d[1])));
      }
      checkDependencies(out);
      return new ComposeConfig(name, List.copyOf(chain), cb.production, cb.source, List.copyOf(cb.usedBy), envFile, List.copyOf(out),
          resources(cleaned(top.get("networks"))), resources(cleaned(top.get("volumes"))), secrets(cleaned(top.get("secrets")), baseDirs),
          dedupe(unresolved), ComposePurpose.ofChain(chain.stream().map(this::purpose).toList(), chain.get(chain.size() - 1)),
          cb.swarm || out.stream().anyMatch(s -> s.deploy() != null && !s.deploy().swarmKeys().isEmpty()), activeProfiles(projectDir, envFile));
    }

    /** COMPOSE_PROFILES of the .env compose reads, else of the env template a deployment copies to .env. */
    private List<String> activeProfiles(String dir, String envFile) {
      String value = variables(envFile != null ? envFile : templateFor(dir)).get("COMPOSE_PROFILES");
      if (value == null || value.isBlank()) return List.of();
      return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }

    private String purpose(String file) {
      return purposes.computeIfAbsent(file, f -> ComposePurpose.of(f, context.file(f).flatMap(context::read).orElse(null)));
    }

    private void addFile(String file, Tree.Map root, String envFile, Map<String, Tree.Map> services, Map<String, String[]> declared,
        Map<String, Tree.Map> top, Map<String, String> baseDirs, List<UnresolvedVariable> unresolved, int depth, Set<String> including) {
      if (!including.add(file)) {
        context.diagnose(Diagnostic.error("compose", file, null, "include cycle through " + file));
        return;
      }
      for (Tree inc : Tree.items(root.get("include"))) {
        if (depth >= MAX_INCLUDE_DEPTH) {
          context.diagnose(Diagnostic.error("compose", file, inc.line(), "include nested deeper than " + MAX_INCLUDE_DEPTH));
          break;
        }
        Map<String, Tree> im = Tree.entries(inc);
        List<Tree> paths = inc instanceof Tree.Map ? Tree.items(im.get("path")) : List.of(inc);
        for (Tree p : paths) {
          String path = Tree.text(p);
          if (path == null) continue;
          String target = RepoPaths.join(RepoPaths.dir(file), path);
          if (target == null || context.file(target).isEmpty()) {
            context.diagnose(Diagnostic.error("compose", file, p.line(), "included file not found: " + path));
            continue;
          }
          String incDir = RepoPaths.dir(target);
          String projDir = Tree.text(im.get("project_directory"));
          baseDirs.putIfAbsent(target, projDir == null ? incDir : RepoPaths.join(RepoPaths.dir(file), projDir));
          Loaded l = load(target, envFor(incDir));
          if (l == null) continue;
          unresolved.addAll(l.unresolved());
          Map<String, Tree.Map> own = new LinkedHashMap<>();
          addFile(target, l.root(), envFor(incDir), own, declared, top, baseDirs, unresolved, depth + 1, including);
          for (Map.Entry<String, Tree.Map> e : own.entrySet()) {
            if (services.containsKey(e.getKey())) {
              context.diagnose(Diagnostic.error("compose", file, p.line(), "service " + e.getKey() + " from " + target + " conflicts with an existing service"));
            } else {
              services.put(e.getKey(), e.getValue());
            }
          }
        }
      }
      Map<String, Tree> svcs = Tree.entries(root.get("services"));
      if (root.get("services") != null && !(root.get("services") instanceof Tree.Map)) {
        context.diagnose(Diagnostic.error("compose", file, root.keyLine("services"), "services is not a mapping"));
      }
      for (Map.Entry<String, Tree> e : svcs.entrySet()) {
        String name = e.getKey();
        Tree.Map resolved = resolveExtends(file, name, envFile, baseDirs, unresolved, new LinkedHashSet<>());
        if (resolved == null) continue;
        Tree.Map existing = services.get(name);
        if (existing == null) {
          services.put(name, resolved);
        } else if (depth > 0) {
          // A service defined by an included file may not be redefined by the including project.
          context.diagnose(Diagnostic.error("compose", file, ((Tree.Map) root.get("services")).keyLine(name), "service " + name + " is defined twice"));
        } else {
          services.put(name, ComposeMerge.mergeService(existing, resolved));
        }
        declared.putIfAbsent(name, new String[] {file, String.valueOf(((Tree.Map) root.get("services")).keyLine(name))});
      }
      for (String section : List.of("networks", "volumes", "secrets", "configs")) {
        if (root.get(section) instanceof Tree.Map m) {
          Tree.Map old = top.get(section);
          top.put(section, old == null ? m.copy() : ComposeMerge.mergeTopLevel(old, m));
        }
      }
      including.remove(file);
    }

    /** The service with its {@code extends} chain applied (base first, the service's own keys on top); null if unusable. */
    private Tree.Map resolveExtends(String file, String name, String envFile, Map<String, String> baseDirs,
        List<UnresolvedVariable> unresolved, Set<String> stack) {
      Loaded l = load(file, envFile);
      if (l == null) return null;
      Tree svc = Tree.entries(l.root().get("services")).get(name);
      if (svc == null) return null;
      if (!(svc instanceof Tree.Map m)) {
        if (!(svc instanceof Tree.Scalar s && s.value() == null)) {
          context.diagnose(Diagnostic.error("compose", file, svc.line(), "service " + name + " is not a mapping"));
          return null;
        }
        return Tree.Map.empty(file, svc.line());
      }
      Tree.Map norm = ComposeMerge.normalizeService(m);
      Tree ext = norm.get("extends");
      if (ext == null) return norm;
      norm.entries().remove("extends");
      String baseFile = file;
      String baseName = Tree.text(ext);
      if (ext instanceof Tree.Map em) {
        baseName = Tree.text(em.get("service"));
        String f = Tree.text(em.get("file"));
        if (f != null) baseFile = RepoPaths.join(RepoPaths.dir(file), f);
      }
      if (baseName == null || baseFile == null || context.file(baseFile).isEmpty()) {
        context.diagnose(Diagnostic.error("compose", file, ext.line(), "extends target not found: "
            + (baseFile == null ? "(outside the repository)" : baseFile) + (baseName == null ? "" : " service " + baseName)));
        return norm;
      }
      String key = baseFile + "#" + baseName;
      if (!stack.add(file + "#" + name) || stack.contains(key)) {
        context.diagnose(Diagnostic.error("compose", file, ext.line(), "extends loop at service " + name));
        return norm;
      }
      if (!baseFile.equals(file)) {
        baseDirs.putIfAbsent(baseFile, RepoPaths.dir(baseFile));
        Loaded bl = load(baseFile, envFile);
        if (bl != null) unresolved.addAll(bl.unresolved());
      }
      Tree.Map base = resolveExtends(baseFile, baseName, envFile, baseDirs, unresolved, stack);
      if (base == null) {
        context.diagnose(Diagnostic.error("compose", file, ext.line(), "extends target not found: service " + baseName + " in " + baseFile));
        return norm;
      }
      return ComposeMerge.mergeService(base, norm);
    }

    private Loaded load(String file, String envFile) {
      String key = file + "|" + envFile;
      if (cache.containsKey(key)) return cache.get(key);
      Loaded loaded = null;
      Optional<SourceFile> sf = context.file(file);
      Optional<String> text = sf.flatMap(context::read);
      if (text.isPresent()) {
        List<UnresolvedVariable> unresolved = new ArrayList<>();
        // Report parse problems once per file even though it may be loaded with several .env files.
        boolean first = parseReported.add(file);
        Map<String, String> templates = envFile == null ? variables(templateFor(RepoPaths.dir(file))) : Map.of();
        TreeLoader loader = new TreeLoader(new Interpolator(variables(envFile), templates), d -> {
          if ("error".equals(d.level())) parseErrors.putIfAbsent(file, (d.line() == null ? "" : "line " + d.line() + ": ") + d.message());
          if (first) context.diagnose(d);
        });
        Tree.Map root = loader.load(file, text.get(), unresolved);
        if (root != null) loaded = new Loaded(root, List.copyOf(unresolved));
      }
      cache.put(key, loaded);
      return loaded;
    }

    private Map<String, String> variables(String envFile) {
      Map<String, String> vars = new HashMap<>();
      if (envFile == null) return vars;
      context.file(envFile).flatMap(context::read).ifPresent(text -> {
        for (DotEnv.Entry e : DotEnv.parse(text, envFile, "compose", d -> { })) {
          if (e.value() != null) vars.put(e.key(), e.value());
        }
      });
      return vars;
    }

    /** The .env compose reads for a project directory, if present. */
    private String envFor(String dir) {
      String p = dir.equals(".") ? ".env" : dir + "/.env";
      return context.file(p).isPresent() ? p : null;
    }

    /** Env templates a deployment copies to .env, in the order tried. */
    private static final List<String> ENV_TEMPLATES = List.of(".env.example", "env.example", ".env.sample", "env.sample",
        ".env.template", "env.template", ".env.dist", "example.env", ".env.default", ".env.defaults");

    /** The env template of a directory that has no .env (the values `cp env.example .env` would give), or null. */
    private String templateFor(String dir) {
      for (String n : ENV_TEMPLATES) {
        String p = dir.equals(".") ? n : dir + "/" + n;
        if (context.file(p).isPresent()) return p;
      }
      return null;
    }

    private String firstExisting(String dir, List<String> names) {
      for (String n : names) {
        String p = dir.equals(".") ? n : dir + "/" + n;
        Optional<SourceFile> f = context.file(p);
        if (f.isPresent() && f.get().is(FileKind.COMPOSE)) return p;
      }
      return null;
    }

    private String projectName(String dir, List<String> chain, String envFile) {
      for (String f : chain) {
        Loaded l = load(f, envFile);
        String n = l == null ? null : Tree.text(l.root().get("name"));
        if (n != null && !n.isBlank()) return normalizeName(n);
      }
      String base = dir.equals(".") ? String.valueOf(context.root().getFileName()) : dir.substring(dir.lastIndexOf('/') + 1);
      return normalizeName(base);
    }

    private static String normalizeName(String n) {
      return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
    }

    private static String stem(String file) {
      String name = file.substring(file.lastIndexOf('/') + 1);
      return name.replaceAll("\\.ya?ml$", "");
    }

    private static String role(String file, Set<String> productionFiles) {
      String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (BASE_NAMES.contains(name)) return "base";
      if (ComposeInvocations.productionName(file) || productionFiles.contains(file)) return "production";
      if (name.contains(".override.")) return "override";
      return "other";
    }

    private List<String> includePaths(Tree.Map root, String file) {
      List<String> out = new ArrayList<>();
      for (Tree inc : Tree.items(root.get("include"))) {
        List<Tree> paths = inc instanceof Tree.Map im ? Tree.items(im.get("path")) : List.of(inc);
        for (Tree p : paths) {
          String t = Tree.text(p);
          String j = t == null ? null : RepoPaths.join(RepoPaths.dir(file), t);
          if (j != null) out.add(j);
        }
      }
      return out;
    }

    private void checkDependencies(List<ComposeService> services) {
      Set<String> names = new TreeSet<>();
      services.forEach(s -> names.add(s.name()));
      for (ComposeService s : services) {
        for (Dependency d : s.dependsOn()) {
          if (!names.contains(d.service())) {
            context.diagnose(Diagnostic.warning("compose", d.file(), d.line(), "service " + s.name() + " depends on undefined service " + d.service()));
          }
        }
      }
    }

    private static Tree.Map cleaned(Tree.Map section) {
      return section == null ? null : (Tree.Map) Tree.clean(section);
    }

    private static List<NamedResource> resources(Tree.Map section) {
      List<NamedResource> out = new ArrayList<>();
      if (section == null) return out;
      for (Map.Entry<String, Tree> e : section.entries().entrySet()) {
        Map<String, Tree> v = Tree.entries(e.getValue());
        out.add(new NamedResource(e.getKey(), external(v.get("external")), Tree.text(v.get("driver")), e.getValue().file(), section.keyLine(e.getKey())));
      }
      return out;
    }

    private List<SecretDecl> secrets(Tree.Map section, Map<String, String> baseDirs) {
      List<SecretDecl> out = new ArrayList<>();
      if (section == null) return out;
      for (Map.Entry<String, Tree> e : section.entries().entrySet()) {
        Map<String, Tree> v = Tree.entries(e.getValue());
        String file = Tree.text(v.get("file"));
        String declaredIn = e.getValue().file();
        String rel = file == null || file.startsWith("/") ? file : RepoPaths.join(baseDirs.getOrDefault(declaredIn, RepoPaths.dir(declaredIn)), file);
        boolean exists = rel != null && !rel.startsWith("/") && java.nio.file.Files.isRegularFile(context.root().resolve(rel));
        out.add(new SecretDecl(e.getKey(), rel == null ? file : rel, exists, Tree.text(v.get("environment")), external(v.get("external")),
            declaredIn, section.keyLine(e.getKey())));
      }
      return out;
    }

    private static boolean external(Tree t) {
      return Tree.truthy(t) || t instanceof Tree.Map;
    }

    private static List<UnresolvedVariable> dedupe(List<UnresolvedVariable> in) {
      Map<String, UnresolvedVariable> out = new TreeMap<>();
      for (UnresolvedVariable u : in) out.putIfAbsent(u.name() + "\u0000" + u.file() + "\u0000" + String.format("%08d", u.line()), u);
      return List.copyOf(out.values());
    }
  }
}
