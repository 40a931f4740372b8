package dev.readiness.scan.repo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.repo.RepoFacts.Component;
import dev.readiness.scan.repo.RepoFacts.Cors;
import dev.readiness.scan.repo.RepoFacts.Evidence;
import dev.readiness.scan.repo.RepoFacts.Located;
import dev.readiness.scan.repo.RepoFacts.Logging;
import dev.readiness.scan.repo.RepoFacts.Metrics;
import dev.readiness.scan.repo.RepoFacts.Route;
import dev.readiness.scan.repo.RepoFacts.Script;
import dev.readiness.scan.repo.RepoFacts.SessionStore;
import dev.readiness.scan.repo.RepoFacts.Where;
import dev.readiness.scan.repo.SourceSignals.Rule;
import dev.readiness.scan.repo.SourceSignals.Signal;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application components: one per directory holding a dependency manifest, with ecosystem, framework,
 * lockfile, package manager, Dockerfile, who builds or runs it, and the source signals of {@link SourceSignals}.
 */
final class ComponentsReader {
  /** Dependency manifests: they name a library, the code that uses it says how. */
  private static final java.util.regex.Pattern MANIFEST = java.util.regex.Pattern.compile(
      "package\\.json|requirements[^/]*\\.txt|pyproject\\.toml|pipfile|pom\\.xml|build\\.gradle(?:\\.kts)?|go\\.mod|gemfile|composer\\.json|.*\\.csproj");
  /** Manifest file names in the order that decides a directory's ecosystem when it has several. */
  private static final List<Map.Entry<Pattern, String>> MANIFESTS = List.of(
      Map.entry(Pattern.compile("pyproject\\.toml"), "python"),
      Map.entry(Pattern.compile("requirements(?:[-_.]\\w+)*\\.txt"), "python"),
      Map.entry(Pattern.compile("Pipfile"), "python"),
      Map.entry(Pattern.compile("setup\\.py"), "python"),
      Map.entry(Pattern.compile("go\\.mod"), "go"),
      Map.entry(Pattern.compile("pom\\.xml"), "java"),
      Map.entry(Pattern.compile("build\\.gradle(?:\\.kts)?"), "java"),
      Map.entry(Pattern.compile("Gemfile"), "ruby"),
      Map.entry(Pattern.compile("composer\\.json"), "php"),
      Map.entry(Pattern.compile(".+\\.(?:csproj|fsproj)"), "dotnet"),
      Map.entry(Pattern.compile("package\\.json"), "node"));
  /** Frameworks per ecosystem in priority order: dependency name (a regex outside node, exact package.json key for node) → framework id. */
  private static final Map<String, List<Map.Entry<String, String>>> FRAMEWORKS = Map.of(
      "python", List.of(Map.entry("fastapi", "fastapi"), Map.entry("django", "django"), Map.entry("flask", "flask"),
          Map.entry("litestar", "litestar"), Map.entry("starlette", "starlette"), Map.entry("aiohttp", "aiohttp"),
          Map.entry("tornado", "tornado"), Map.entry("sanic", "sanic"), Map.entry("quart", "quart"),
          Map.entry("streamlit", "streamlit"), Map.entry("celery", "celery")),
      "node", List.of(Map.entry("expo", "expo"), Map.entry("react-native", "react-native"), Map.entry("electron", "electron"),
          Map.entry("next", "next"), Map.entry("nuxt", "nuxt"), Map.entry("@nestjs/core", "nestjs"),
          Map.entry("@remix-run/node", "remix"), Map.entry("@sveltejs/kit", "sveltekit"), Map.entry("@angular/core", "angular"),
          Map.entry("express", "express"), Map.entry("fastify", "fastify"), Map.entry("koa", "koa"), Map.entry("@hapi/hapi", "hapi"),
          Map.entry("vite", "vite"), Map.entry("react-scripts", "create-react-app"), Map.entry("gatsby", "gatsby"),
          Map.entry("astro", "astro"), Map.entry("react", "react"), Map.entry("vue", "vue"), Map.entry("svelte", "svelte"),
          Map.entry("bullmq", "bullmq")),
      "java", List.of(Map.entry("spring-boot[\\w-]*", "spring"), Map.entry("quarkus[\\w-]*", "quarkus"), Map.entry("micronaut[\\w-]*", "micronaut"),
          Map.entry("dropwizard[\\w-]*", "dropwizard"), Map.entry("javalin", "javalin"), Map.entry("vertx[\\w-]*", "vertx")),
      "go", List.of(Map.entry("github.com/gin-gonic/gin", "gin"), Map.entry("github.com/labstack/echo", "echo"),
          Map.entry("github.com/gofiber/fiber", "fiber"), Map.entry("github.com/go-chi/chi", "chi"), Map.entry("github.com/gorilla/mux", "gorilla")),
      "ruby", List.of(Map.entry("rails", "rails"), Map.entry("sinatra", "sinatra"), Map.entry("hanami", "hanami"), Map.entry("sidekiq", "sidekiq")),
      "php", List.of(Map.entry("laravel/framework", "laravel"), Map.entry("symfony/framework-bundle", "symfony"), Map.entry("slim/slim", "slim")),
      "dotnet", List.of(Map.entry("Microsoft.NET.Sdk.Web", "aspnetcore"), Map.entry("Microsoft.NET.Sdk.Worker", "worker")));
  private static final Set<String> FRONTEND = Set.of("vite", "create-react-app", "gatsby", "astro", "react", "vue", "svelte", "angular");
  private static final Set<String> WORKERS = Set.of("celery", "sidekiq", "bullmq", "worker");
  private static final Pattern TEST_PATH = Pattern.compile("(?:^|/)(?:tests?|__tests__|spec|specs|testdata|fixtures|e2e|cypress)/|(?:^|/)test_[^/]*\\.py$|_test\\.(?:go|py)$|\\.(?:test|spec)\\.[jt]sx?$|Tests?\\.(?:java|cs|kt)$");
  /** Commands that only run a development server. */
  private static final Pattern DEV_SERVER = Pattern.compile(
      "--reload\\b|\\bflask\\s+run\\b|manage\\.py\\s+runserver\\b|\\bnodemon\\b|\\bts-node-dev\\b|\\bng\\s+serve\\b|react-scripts\\s+start|\\bnext\\s+dev\\b|\\bnuxt\\s+dev\\b"
          + "|^\\s*vite(?:\\s+(?:dev|serve))?(?:\\s+--\\S+(?:\\s+\\S+)?)*\\s*$|\\bnpm\\s+run\\s+dev\\b|\\byarn\\s+dev\\b|\\bpnpm\\s+(?:run\\s+)?dev\\b|\\bspring-boot:run\\b|\\bgo\\s+run\\b|\\brails\\s+s(?:erver)?\\b[^\\n]*-e\\s+development|\\bphp\\s+artisan\\s+serve\\b|\\bdotnet\\s+watch\\b");
  private static final int MAX_EVIDENCE = 5;
  private static final int MAX_FILES_PER_COMPONENT = 3000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepoFiles files;
  /** Dockerfiles and compose services by build context, so each component finds its own without a scan of all. */
  private final Map<String, List<DockerfileFacts>> dockerfilesByContext = new HashMap<>();
  private final Map<String, List<ComposeView.Service>> servicesByContext = new HashMap<>();
  /**
   * Each workflow's run steps and working directories as one text (steps separated by NUL, which no
   * mention pattern crosses), built once for every component's search.
   */
  private final Map<WorkflowFacts, String> workflowTexts = new LinkedHashMap<>();
  private final List<Script> scripts;

  ComponentsReader(RepoFiles files, ComposeView compose, List<DockerfileFacts> dockerfiles, List<WorkflowFacts> workflows, List<Script> scripts) {
    this.files = files;
    this.scripts = scripts;
    for (DockerfileFacts d : dockerfiles) dockerfilesByContext.computeIfAbsent(d.context(), k -> new ArrayList<>()).add(d);
    for (ComposeView.Service s : compose.services()) {
      if (s.buildContext() != null) servicesByContext.computeIfAbsent(s.buildContext(), k -> new ArrayList<>()).add(s);
    }
    for (WorkflowFacts w : workflows) {
      StringBuilder text = new StringBuilder();
      for (WorkflowFacts.Job j : w.jobs()) {
        for (WorkflowFacts.Step st : j.steps()) {
          text.append(st.run() == null ? "" : st.run()).append(' ')
              .append(st.workingDirectory() == null ? "" : st.workingDirectory()).append('\0');
        }
      }
      workflowTexts.put(w, text.toString());
    }
  }

  List<Component> read() {
    List<SourceFile> all = files.all();
    Map<String, List<SourceFile>> manifestsByDir = new LinkedHashMap<>();
    for (SourceFile f : all) {
      if (TEST_PATH.matcher(f.path()).find()) continue;
      if (ecosystemOfManifest(RepoFiles.name(f.path())) != null) manifestsByDir.computeIfAbsent(componentDir(f.path()), k -> new ArrayList<>()).add(f);
    }
    Map<String, List<SourceFile>> owned = byOwner(all, manifestsByDir.keySet());
    List<Component> out = new ArrayList<>();
    for (Map.Entry<String, List<SourceFile>> e : manifestsByDir.entrySet()) {
      List<SourceFile> manifests = e.getValue();
      SourceFile primary = primary(manifests);
      String ecosystem = ecosystemOfManifest(RepoFiles.name(primary.path()));
      out.add(component(e.getKey(), ecosystem, primary, manifests, owned.getOrDefault(e.getKey(), List.of())));
    }
    return out;
  }

  /**
   * Files grouped by the component that owns them: the nearest enclosing component directory
   * (nested components own their own files). One walk up each path, so large repositories stay linear.
   */
  private static Map<String, List<SourceFile>> byOwner(List<SourceFile> all, Set<String> dirs) {
    Map<String, List<SourceFile>> owned = new HashMap<>();
    for (SourceFile f : all) {
      String owner = null;
      for (String d = RepoFiles.dir(f.path()); owner == null; d = RepoFiles.dir(d)) {
        if (dirs.contains(d)) owner = d;
        else if (d.equals(".")) break;
      }
      if (owner != null) owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
    }
    return owned;
  }

  private static String componentDir(String manifestPath) {
    String dir = RepoFiles.dir(manifestPath);
    // requirements/base.txt style: the component is the directory above requirements/
    if (RepoFiles.name(dir).equals("requirements") && RepoFiles.name(manifestPath).endsWith(".txt")) return RepoFiles.dir(dir);
    return dir;
  }

  static String ecosystemOfManifest(String name) {
    for (Map.Entry<Pattern, String> m : MANIFESTS) if (m.getKey().matcher(name).matches()) return m.getValue();
    return null;
  }

  /** The manifest that decides the ecosystem: by table order, then the shortest name (requirements.txt before requirements-dev.txt). */
  private static SourceFile primary(List<SourceFile> manifests) {
    for (Map.Entry<Pattern, String> m : MANIFESTS) {
      SourceFile best = null;
      for (SourceFile f : manifests) {
        if (m.getKey().matcher(RepoFiles.name(f.path())).matches() && (best == null || f.path().length() < best.path().length())) best = f;
      }
      if (best != null) return best;
    }
    return manifests.get(0);
  }

  private Component component(String dir, String ecosystem, SourceFile primary, List<SourceFile> manifests, List<SourceFile> owned) {
    StringBuilder manifestText = new StringBuilder();
    for (SourceFile m : manifests) files.read(m).ifPresent(t -> manifestText.append(t).append('\n'));
    JsonNode pkg = null;
    if (ecosystem.equals("node")) pkg = packageJson(primary);
    List<String> frameworks = frameworks(ecosystem, manifestText.toString(), pkg);
    String framework = frameworks.isEmpty() ? null : frameworks.get(0);
    String[] lock = lockfile(dir, ecosystem, manifestText.toString(), pkg);
    String dockerfile = dockerfileFor(dir);
    List<String> usedBy = usedBy(dir, ecosystem);
    List<String> starts = startCommands(dir, pkg);
    String kind = kind(frameworks, dockerfile, usedBy);
    Signals s = new Signals();
    int scanned = 0;
    for (SourceFile f : owned) {
      if (TEST_PATH.matcher(f.path()).find()) continue;
      String eco = SourceSignals.ecosystemOf(f.path());
      boolean manifest = manifests.contains(f);
      if (eco == null && !manifest) continue;
      if (++scanned > MAX_FILES_PER_COMPONENT) {
        files.diagnose(dev.readiness.model.Diagnostic.info("repo", dir, null, "more than " + MAX_FILES_PER_COMPONENT + " source files: the rest were not searched for signals"));
        break;
      }
      Optional<String> text = files.readCapped(f);
      if (text.isEmpty()) continue;
      s.collect(f.path(), text.get(), manifest ? ecosystem : eco);
    }
    boolean devOnly = !starts.isEmpty() && starts.stream().allMatch(c -> DEV_SERVER.matcher(c).find());
    return new Component(dir, ecosystem, framework, frameworks, primary.path(), lock[0], lock[1], kind, dockerfile, usedBy,
        s.healthRoutes(), s.metrics(), s.apm(), s.logging(), s.cors(), s.first(Signal.HTTPS_REDIRECT), s.first(Signal.RATE_LIMIT),
        s.first(Signal.DB_POOL), s.session(), devOnly, starts);
  }

  /**
   * package.json as a tree; null when it cannot be read or parsed (then frameworks are found in its text),
   * with a diagnostic naming the problem but never the file's content.
   */
  private JsonNode packageJson(SourceFile manifest) {
    Optional<String> text = files.read(manifest);
    if (text.isEmpty()) return null;
    try {
      return JSON.readTree(text.get());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String why = e instanceof StreamConstraintsException ? e.getOriginalMessage().replaceAll("\\s+", " ") : "syntax error";
      files.diagnose(dev.readiness.model.Diagnostic.warning("repo", manifest.path(), at == null || at.getLineNr() < 1 ? null : at.getLineNr(),
          "invalid JSON (" + why + "); dependencies are looked up in its text"));
      return null;
    }
  }

  private static List<String> frameworks(String ecosystem, String manifests, JsonNode pkg) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> fw : FRAMEWORKS.getOrDefault(ecosystem, List.of())) {
      boolean present;
      if (pkg != null) {
        present = pkg.path("dependencies").has(fw.getKey()) || pkg.path("devDependencies").has(fw.getKey());
      } else {
        present = Pattern.compile("(?i)(?<![\\w.-])" + fw.getKey() + "(?![\\w-])").matcher(manifests).find();
      }
      if (present && !out.contains(fw.getValue())) out.add(fw.getValue());
    }
    return out;
  }

  /** {lockfile path or null, package manager}. */
  private String[] lockfile(String dir, String ecosystem, String manifests, JsonNode pkg) {
    String prefix = dir.equals(".") ? "" : dir + "/";
    switch (ecosystem) {
      case "node": {
        String declared = pkg == null ? "" : pkg.path("packageManager").asText("");
        for (String[] l : new String[][] {{"pnpm-lock.yaml", "pnpm"}, {"yarn.lock", "yarn"}, {"package-lock.json", "npm"}, {"bun.lockb", "bun"}, {"bun.lock", "bun"}, {"npm-shrinkwrap.json", "npm"}}) {
          if (exists(prefix + l[0])) return new String[] {prefix + l[0], l[1]};
        }
        return new String[] {null, declared.isEmpty() ? "npm" : declared.replaceAll("@.*$", "")};
      }
      case "python":
        for (String[] l : new String[][] {{"poetry.lock", "poetry"}, {"uv.lock", "uv"}, {"Pipfile.lock", "pipenv"}, {"pdm.lock", "pdm"}}) {
          if (exists(prefix + l[0])) return new String[] {prefix + l[0], l[1]};
        }
        if (manifests.contains("[tool.poetry")) return new String[] {null, "poetry"};
        if (exists(prefix + "Pipfile")) return new String[] {null, "pipenv"};
        return new String[] {null, "pip"};
      case "java":
        if (exists(prefix + "pom.xml")) return new String[] {null, "maven"};
        return new String[] {exists(prefix + "gradle.lockfile") ? prefix + "gradle.lockfile" : null, "gradle"};
      case "go": return new String[] {exists(prefix + "go.sum") ? prefix + "go.sum" : null, "go"};
      case "ruby": return new String[] {exists(prefix + "Gemfile.lock") ? prefix + "Gemfile.lock" : null, "bundler"};
      case "php": return new String[] {exists(prefix + "composer.lock") ? prefix + "composer.lock" : null, "composer"};
      default: return new String[] {exists(prefix + "packages.lock.json") ? prefix + "packages.lock.json" : null, "dotnet"};
    }
  }

  private boolean exists(String path) {
    return files.file(path).isPresent();
  }

  private String dockerfileFor(String dir) {
    for (DockerfileFacts d : dockerfilesByContext.getOrDefault(dir, List.of())) return d.file();
    for (ComposeView.Service s : servicesByContext.getOrDefault(dir, List.of())) {
      if (s.dockerfileExists()) return s.dockerfile();
    }
    return null;
  }


  private List<String> usedBy(String dir, String ecosystem) {
    Set<String> out = new LinkedHashSet<>();
    for (ComposeView.Service s : servicesByContext.getOrDefault(dir, List.of())) out.add("compose:" + s.name());
    boolean root = dir.equals(".");
    Pattern mention = root ? rootTools(ecosystem) : Pattern.compile("(?<![\\w.-])" + Pattern.quote(dir) + "(?![\\w.-])");
    for (Map.Entry<WorkflowFacts, String> w : workflowTexts.entrySet()) {
      // the literal test first: most workflows never name most components, and it is far cheaper than the pattern
      if ((root || w.getValue().contains(dir)) && mention.matcher(w.getValue()).find()) out.add("workflow:" + w.getKey().file());
    }
    for (Script sc : scripts) {
      Optional<String> text = files.file(sc.file()).flatMap(files::read);
      if (text.isPresent() && (root || text.get().contains(dir)) && mention.matcher(text.get()).find()) out.add("script:" + sc.file());
    }
    return List.copyOf(out);
  }

  private static Pattern rootTools(String ecosystem) {
    switch (ecosystem) {
      case "python": return Pattern.compile("\\b(?:pip|pytest|python|poetry|uv|tox)\\b");
      case "node": return Pattern.compile("\\b(?:npm|yarn|pnpm|npx|node)\\b");
      case "java": return Pattern.compile("\\b(?:mvnw?|gradlew?)\\b");
      case "go": return Pattern.compile("\\bgo\\s+(?:test|build|run|vet)\\b");
      case "ruby": return Pattern.compile("\\b(?:bundle|rake|rails|rspec)\\b");
      case "php": return Pattern.compile("\\b(?:composer|php|artisan)\\b");
      default: return Pattern.compile("\\bdotnet\\b");
    }
  }

  private List<String> startCommands(String dir, JsonNode pkg) {
    List<String> out = new ArrayList<>();
    for (DockerfileFacts d : dockerfilesByContext.getOrDefault(dir, List.of())) {
      if (d.finalStage() == null) continue;
      DockerfileFacts.Stage last = d.stages().get(d.finalStage());
      DockerfileFacts.Command c = last.cmd() != null ? last.cmd() : last.entrypoint();
      if (c != null) out.add(String.join(" ", c.value()));
    }
    for (ComposeView.Service s : servicesByContext.getOrDefault(dir, List.of())) if (s.command() != null) out.add(s.command());
    if (pkg != null && pkg.path("scripts").has("start")) out.add(pkg.path("scripts").path("start").asText());
    return out;
  }

  private static String kind(List<String> frameworks, String dockerfile, List<String> usedBy) {
    // An app-store or desktop app ships as a package, never as a server image.
    if (frameworks.contains("expo") || frameworks.contains("react-native")) return "mobile";
    if (frameworks.contains("electron")) return "desktop";
    if (frameworks.isEmpty()) return dockerfile != null || usedBy.stream().anyMatch(u -> u.startsWith("compose:")) ? "server" : "library";
    boolean server = frameworks.stream().anyMatch(f -> !FRONTEND.contains(f) && !WORKERS.contains(f));
    if (server) return "server";
    if (frameworks.stream().anyMatch(FRONTEND::contains)) return "frontend";
    return "worker";
  }

  /** Matches of the signal table within one component. */
  private static final class Signals {
    /** Import/require lines only say a library is present; configuration lines are better evidence of where. */
    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:from\\s+\\S+\\s+import|import\\s|using\\s|require\\s|const\\s+\\w+\\s*=\\s*require\\()");
    private final Map<Signal, List<Evidence>> found = new EnumMap<>(Signal.class);
    private final Map<Signal, List<Evidence>> imports = new EnumMap<>(Signal.class);

    void collect(String path, String text, String ecosystem) {
      SourceSignals.Table table = SourceSignals.tableFor(ecosystem);
      String[] lines = RepoFiles.lines(text);
      if (table.ungated().isEmpty()) {
        // one pass over the file finds the lines holding a rule's literal; only those lines meet the patterns
        table.set().lineCandidates(text, (i, candidates) -> line(path, lines[i], i, table, candidates));
      } else {
        BitSet none = new BitSet();
        BitSet[] byLine = new BitSet[lines.length];
        table.set().lineCandidates(text, (i, candidates) -> byLine[i] = candidates);
        for (int i = 0; i < lines.length; i++) {
          BitSet c = (BitSet) table.ungated().clone();
          c.or(byLine[i] == null ? none : byLine[i]);
          line(path, lines[i], i, table, c);
        }
      }
    }

    private void line(String path, String line, int i, SourceSignals.Table table, BitSet candidates) {
      if (line.length() > 2000) return;
      Boolean isImport = null;
      for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
        Rule rule = table.rules().get(k);
        if (isImport == null) isImport = IMPORT.matcher(line).find();
        List<Evidence> list = (isImport ? imports : found).computeIfAbsent(rule.signal(), x -> new ArrayList<>());
        if (list.size() >= MAX_EVIDENCE) continue;
        Matcher m = rule.pattern().matcher(line);
        if (!m.find()) continue;
        String value = rule.value();
        if (value == null) {
          for (int g = 1; g <= m.groupCount() && value == null; g++) value = m.group(g);
          if (value == null) value = m.group().strip();
        }
        if (value.length() > 60) value = value.substring(0, 60);
        list.add(new Evidence(path, i + 1, value));
      }
    }

    private List<Evidence> of(Signal s) {
      List<Evidence> direct = found.getOrDefault(s, List.of());
      return direct.isEmpty() ? imports.getOrDefault(s, List.of()) : direct;
    }

    Where first(Signal s) {
      List<Evidence> e = of(s);
      return e.isEmpty() ? null : new Where(e.get(0).file(), e.get(0).line());
    }

    List<Route> healthRoutes() {
      List<Route> out = new ArrayList<>();
      for (Evidence e : of(Signal.HEALTH_ROUTE)) {
        String path = e.what().startsWith("/") ? e.what() : "/" + e.what();
        out.add(new Route(path, e.file(), e.line()));
      }
      return out;
    }

    Metrics metrics() {
      List<Evidence> lib = of(Signal.METRICS_LIBRARY);
      List<Evidence> route = of(Signal.METRICS_ROUTE);
      String library = lib.isEmpty() ? null : lib.get(0).what().toLowerCase(Locale.ROOT).replace('-', '_');
      if (library != null && library.startsWith("\"")) library = library.replace("\"", "");
      Route r = route.isEmpty() ? null : new Route(route.get(0).what(), route.get(0).file(), route.get(0).line());
      return new Metrics(library, r);
    }

    List<Located> apm() {
      Map<String, Located> byKind = new LinkedHashMap<>();
      for (Evidence e : of(Signal.APM)) byKind.putIfAbsent(e.what(), new Located(e.what(), e.file(), e.line()));
      return List.copyOf(byKind.values());
    }

    Logging logging() {
      List<Evidence> evidence = new ArrayList<>();
      for (Signal s : List.of(Signal.LOG_FILE, Signal.LOG_ROTATION, Signal.LOG_STDOUT)) {
        for (Evidence e : of(s)) evidence.add(new Evidence(e.file(), e.line(), e.what()));
      }
      return new Logging(!of(Signal.LOG_FILE).isEmpty(), !of(Signal.LOG_ROTATION).isEmpty(), !of(Signal.LOG_STDOUT).isEmpty(), List.copyOf(evidence));
    }

    /** CORS, located where it is decided: the wildcard line, else the first mention in source (not a manifest). */
    Cors cors() {
      List<Evidence> c = of(Signal.CORS);
      if (c.isEmpty()) return null;
      List<Evidence> wildcard = of(Signal.CORS_WILDCARD);
      List<Evidence> credentials = of(Signal.CORS_CREDENTIALS);
      Evidence at = !wildcard.isEmpty() ? wildcard.get(0)
          : c.stream().filter(e -> !MANIFEST.matcher(RepoFiles.name(e.file()).toLowerCase(java.util.Locale.ROOT)).matches()).findFirst().orElse(c.get(0));
      return new Cors(true, !wildcard.isEmpty(), !credentials.isEmpty(), at.file(), at.line());
    }

    SessionStore session() {
      List<Evidence> e = of(Signal.SESSION_STORE);
      return e.isEmpty() ? new SessionStore(null, null, null) : new SessionStore(e.get(0).what(), e.get(0).file(), e.get(0).line());
    }
  }
}
