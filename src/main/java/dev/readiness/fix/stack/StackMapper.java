package dev.readiness.fix.stack;

import dev.readiness.input.InputDocument;
import dev.readiness.model.FileEntry;
import dev.readiness.scan.compose.ComposeConfig;
import dev.readiness.scan.compose.ComposeFile;
import dev.readiness.scan.compose.ComposeProject;
import dev.readiness.scan.compose.ComposeService;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.env.EnvFileFacts;
import dev.readiness.scan.repo.RepoFacts;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that reads scanner facts for the fix: builds the {@link Stack} view from the input
 * document (the production compose config when there is one, components with their start module
 * and port, Dockerfile positions, env keys, workflows, scripts).
 */
public final class StackMapper {
  private static final Pattern ASGI = Pattern.compile("(?:uvicorn|gunicorn|hypercorn|daphne)\\s+(?:[^\\s]*\\s+)*?([A-Za-z_][\\w.]*:[A-Za-z_]\\w*)");

  private StackMapper() {}

  public static Stack from(InputDocument doc) {
    List<String> files = doc.files() == null ? List.of() : doc.files().stream().map(FileEntry::path).toList();
    Optional<ComposeProject> project = project(doc);
    Optional<ComposeConfig> base = project.flatMap(p -> p.configs().stream().filter(c -> !c.production()).findFirst());
    Optional<ComposeConfig> prod = project.flatMap(p -> p.configs().stream().filter(ComposeConfig::production).findFirst());
    Optional<ComposeConfig> effective = prod.isPresent() ? prod : base;
    Stack.ComposeLayout layout = layout(doc, project, base, prod);
    RepoFacts repo = doc.repo();
    List<RepoFacts.Component> comps = repo == null || repo.components() == null ? List.of() : repo.components();
    List<ComposeService> services = effective.map(ComposeConfig::services).orElse(List.of());

    List<Stack.Component> components = new ArrayList<>();
    for (RepoFacts.Component c : comps) components.add(component(c, services, files));
    List<Stack.Service> out = new ArrayList<>();
    for (ComposeService s : services) {
      // A service only a development layer declares (an admin UI, a test runner) is not part of production.
      if (prod.isEmpty() && layout.devFiles().contains(s.file())) continue;
      out.add(service(s, comps, doc.dockerfiles()));
    }

    List<Stack.DockerfileInfo> dockerfiles = new ArrayList<>();
    for (DockerfileFacts d : doc.dockerfiles() == null ? List.<DockerfileFacts>of() : doc.dockerfiles()) dockerfile(d).ifPresent(dockerfiles::add);

    List<Stack.EnvFile> env = new ArrayList<>();
    for (EnvFileFacts e : doc.envFiles() == null ? List.<EnvFileFacts>of() : doc.envFiles()) {
      env.add(new Stack.EnvFile(e.file(), e.environment(), e.template(), e.tracked(), e.gitignored(),
          e.keys().stream().map(k -> new Stack.EnvKey(k.key(), k.secretLike(), k.kind() == null ? null : k.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList()));
    }
    Set<String> vars = new LinkedHashSet<>();
    project.ifPresent(p -> p.configs().forEach(c -> c.unresolvedVariables().forEach(v -> {
      if (!v.hasDefault()) vars.add(v.name());
    })));

    List<Stack.Workflow> workflows = new ArrayList<>();
    for (WorkflowFacts w : doc.workflows() == null ? List.<WorkflowFacts>of() : doc.workflows()) {
      boolean declared = w.permissions() != null && w.permissions().declared();
      boolean allJobs = !w.jobs().isEmpty() && w.jobs().stream().allMatch(j -> j.permissions() != null && j.permissions().declared());
      List<String> branches = new ArrayList<>();
      for (WorkflowFacts.Trigger t : w.triggers()) {
        if (!"push".equals(t.event()) && !"pull_request".equals(t.event())) continue;
        for (String b : t.branches() == null ? List.<String>of() : t.branches()) if (!b.contains("*") && !b.startsWith("!") && !branches.contains(b)) branches.add(b);
      }
      List<String> actions = new ArrayList<>();
      int pinned = 0;
      for (WorkflowFacts.Job j : w.jobs()) {
        for (WorkflowFacts.Step st : j.steps() == null ? List.<WorkflowFacts.Step>of() : j.steps()) {
          if (st.uses() == null || st.uses().action() == null || st.uses().ref() == null || !"action".equals(st.uses().kind())) continue;
          actions.add(st.uses().action() + "@" + st.uses().ref());
          if (st.uses().pinned()) pinned++;
        }
      }
      workflows.add(new Stack.Workflow(w.file(), w.provider(), declared, allJobs, w.intents(), branches, actions, pinned));
    }
    List<Stack.Script> scripts = new ArrayList<>();
    List<Stack.Proxy> proxies = new ArrayList<>();
    List<String> gitignore = List.of();
    if (repo != null) {
      for (RepoFacts.Script s : repo.scripts()) {
        scripts.add(new Stack.Script(s.file(), s.kind(), s.healthWait(),
            s.composeCalls().stream().map(c -> new Stack.ComposeCall(c.line(), c.command(), c.files())).toList()));
      }
      for (RepoFacts.Proxy p : repo.proxies()) {
        List<String> ups = new ArrayList<>();
        for (RepoFacts.Upstream u : p.upstreams()) ups.addAll(u.servers());
        proxies.add(new Stack.Proxy(p.file(), p.kind(), !p.tlsListeners().isEmpty(), p.rateLimit(), ups));
      }
      if (repo.gitignore() != null) gitignore = repo.gitignore().patterns();
    }
    String name = doc.target() != null && doc.target().name() != null ? doc.target().name() : "app";
    return new Stack(name, components, out, layout, dockerfiles, env, new ArrayList<>(vars), workflows, scripts, gitignore, proxies);
  }

  private static Optional<ComposeProject> project(InputDocument doc) {
    if (doc.compose() == null || doc.compose().projects() == null || doc.compose().projects().isEmpty()) return Optional.empty();
    // Dev containers, tests and examples are not what production runs: never the target of production settings.
    List<ComposeProject> ps = doc.compose().projects().stream()
        .filter(p -> !p.dir().matches("(?i)(.*/)?(\\.devcontainer|\\.github|tests?|e2e|ci|examples?|samples?|dev)(/.*)?")).toList();
    if (ps.isEmpty()) return Optional.empty();
    return ps.stream().filter(p -> ".".equals(p.dir())).findFirst()
        .or(() -> ps.stream().filter(p -> p.configs().stream().anyMatch(ComposeConfig::production)).findFirst())
        .or(() -> Optional.of(ps.get(0)));
  }

  private static Stack.ComposeLayout layout(InputDocument doc, Optional<ComposeProject> project, Optional<ComposeConfig> base, Optional<ComposeConfig> prod) {
    if (project.isEmpty()) return new Stack.ComposeLayout(".", List.of(), null, true, null);
    List<String> declaredBase = base.map(ComposeConfig::files).orElse(List.of());
    // Development/test layers of the default chain (docker-compose.override.yml, *.dev.yml, ...) never belong to production.
    List<String> devFiles = declaredBase.stream().filter(f -> !"base".equals(role(doc, f)) && developmentFile(f)).toList();
    List<String> baseFiles = declaredBase.stream().filter(f -> !devFiles.contains(f)).toList();
    String productionFile = null;
    boolean override = true;
    if (prod.isPresent()) {
      List<String> pf = prod.get().files();
      // A dedicated production file: one the compose scanner gives the production/override role, or one outside the base chain.
      List<String> dedicated = pf.stream().filter(f -> !declaredBase.contains(f) && !"base".equals(role(doc, f)) && !developmentFile(f)).toList();
      if (!dedicated.isEmpty()) {
        productionFile = dedicated.get(dedicated.size() - 1);
        override = pf.size() > dedicated.size();
        if (baseFiles.isEmpty()) baseFiles = pf.stream().filter(f -> !dedicated.contains(f) && !developmentFile(f)).toList();
      } else if (baseFiles.isEmpty()) {
        // The production config is the base file itself (a deploy script runs it): production settings go into a new override.
        baseFiles = pf.stream().filter(f -> !developmentFile(f)).toList();
      }
    }
    String version = null;
    if (!baseFiles.isEmpty() && doc.compose().files() != null) {
      for (ComposeFile f : doc.compose().files()) if (f.file().equals(baseFiles.get(0))) version = f.version();
    }
    // Files nothing deploys yet (no production chain, not what a bare `docker compose` runs) that set secrets to placeholders:
    // an example stack; making it the production chain would deploy those known values.
    List<String> placeholders = new ArrayList<>();
    if (prod.isEmpty() && base.isPresent() && !"default".equals(base.get().name())) {
      for (ComposeService s : base.get().services()) {
        if (s.environment() == null) continue;
        for (dev.readiness.scan.compose.EnvVar v : s.environment()) {
          if (v.secretLike() && v.kind() == dev.readiness.scan.ValueKind.PLACEHOLDER) {
            placeholders.add(v.key() + " of " + s.name() + " (" + (v.file() != null ? v.file() : s.file()) + ":" + v.line() + ")");
          }
        }
      }
    }
    return new Stack.ComposeLayout(project.get().dir(), baseFiles, productionFile, override, version, devFiles, placeholders);
  }

  /** A compose file for development or tests: the default override, or one named for dev, local, test, CI or debugging. */
  static boolean developmentFile(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.matches("(docker-)?compose\\.override\\.ya?ml")) return true;
    return name.matches(".*(^|[._-])(dev|develop|development|local|test|tests|testing|ci|e2e|debug)([._-].*)?\\.ya?ml");
  }

  private static String role(InputDocument doc, String file) {
    if (doc.compose().files() == null) return null;
    for (ComposeFile f : doc.compose().files()) if (f.file().equals(file)) return f.role();
    return null;
  }

  private static Stack.Component component(RepoFacts.Component c, List<ComposeService> services, List<String> files) {
    String service = null;
    Integer port = null;
    for (String u : c.usedBy()) if (u.startsWith("compose:")) service = u.substring("compose:".length());
    for (ComposeService s : services) {
      boolean builds = s.build() != null && c.dir().equals(normalize(s.build().context()));
      if (builds || s.name().equals(service)) {
        service = s.name();
        port = port(s);
      }
    }
    String health = c.healthRoutes() == null || c.healthRoutes().isEmpty() ? null : c.healthRoutes().get(0).path();
    return new Stack.Component(c.dir(), c.ecosystem(), c.framework(), c.packageManager(), c.lockfile(), c.kind(), port,
        module(c, files), c.dockerfile(), health, service);
  }

  /** The entry point: Python app module, "wrapper" for Maven/Gradle wrappers, Go main package. */
  private static String module(RepoFacts.Component c, List<String> files) {
    String prefix = ".".equals(c.dir()) ? "" : c.dir() + "/";
    String eco = c.ecosystem() == null ? "" : c.ecosystem();
    if (eco.equals("python")) {
      for (String cmd : c.startCommands() == null ? List.<String>of() : c.startCommands()) {
        Matcher m = ASGI.matcher(cmd);
        if (m.find()) return m.group(1);
      }
      if ("django".equals(c.framework())) {
        for (String f : files) {
          if (f.startsWith(prefix) && f.endsWith("/wsgi.py")) {
            String mod = f.substring(prefix.length(), f.length() - 3).replace('/', '.');
            return mod + ":application";
          }
        }
      }
      if (c.healthRoutes() != null && !c.healthRoutes().isEmpty()) {
        String f = c.healthRoutes().get(0).file();
        if (f.startsWith(prefix) && f.endsWith(".py")) return f.substring(prefix.length(), f.length() - 3).replace('/', '.') + ":app";
      }
      for (String cand : List.of("app/main.py", "main.py", "app.py", "src/main.py", "wsgi.py")) {
        if (files.contains(prefix + cand)) return cand.substring(0, cand.length() - 3).replace('/', '.') + ":app";
      }
      return null;
    }
    if (eco.equals("java")) {
      return files.contains(prefix + "mvnw") || files.contains(prefix + "gradlew") ? "wrapper" : null;
    }
    if (eco.equals("go")) {
      if (files.contains(prefix + "main.go")) return ".";
      for (String f : files) {
        if (f.startsWith(prefix + "cmd/") && f.endsWith("/main.go")) return "./" + f.substring(prefix.length(), f.length() - "/main.go".length());
      }
      return ".";
    }
    return null;
  }

  private static Stack.Service service(ComposeService s, List<RepoFacts.Component> comps, List<DockerfileFacts> dockerfiles) {
    String context = s.build() == null ? null : normalize(s.build().context());
    String dockerfile = s.build() == null ? null : s.build().dockerfile();
    boolean health = s.healthcheck() != null && !s.healthcheck().disabled();
    if (!health && dockerfile != null && dockerfiles != null) {
      for (DockerfileFacts d : dockerfiles) {
        if (d.file().equals(dockerfile) && d.finalStage() != null) {
          DockerfileFacts.Stage st = d.stages().get(d.finalStage());
          health = st.healthcheck() != null && !st.healthcheck().none();
        }
      }
    }
    String restart = s.restart() != null ? s.restart() : s.deploy() != null ? s.deploy().restartPolicy() : null;
    boolean memory = s.deploy() != null && s.deploy().limits() != null && s.deploy().limits().memory() != null;
    boolean rotation = s.logging() != null && (s.logging().options().containsKey("max-size")
        || (s.logging().driver() != null && !Set.of("json-file", "local").contains(s.logging().driver())));
    String healthPath = null;
    for (RepoFacts.Component c : comps) {
      if (c.dir().equals(context) && c.healthRoutes() != null && !c.healthRoutes().isEmpty()) healthPath = c.healthRoutes().get(0).path();
    }
    // A backup job runs the database's image but is not a database: it must not be backed up, exposed-checked or probed as one.
    boolean backupJob = s.name().toLowerCase(Locale.ROOT).contains("backup");
    return new Stack.Service(s.name(), s.file(), s.line(), backupJob ? "job" : s.role(), backupJob ? null : s.stateful(),
        s.image() == null ? null : s.image().raw(),
        context, dockerfile,
        s.ports().stream().map(p -> new Stack.Port(p.published(), p.target(), p.hostIp(), p.line())).toList(),
        health, restart, memory, rotation,
        s.dependsOn().stream().map(d -> new Stack.Dependency(d.service(), d.condition())).toList(),
        s.talksTo(), s.exposesHttp(), port(s), healthPath,
        s.environment().stream().map(e -> e.key()).toList(),
        s.envFiles().stream().map(e -> e.path()).toList());
  }

  private static Integer port(ComposeService s) {
    for (var p : s.ports()) {
      Integer n = number(p.target());
      if (n != null) return n;
    }
    for (String e : s.expose()) {
      Integer n = number(e);
      if (n != null) return n;
    }
    return null;
  }

  private static Integer number(String s) {
    if (s == null) return null;
    String t = s.replaceAll("/.*$", "");
    try {
      return Integer.parseInt(t.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String normalize(String dir) {
    if (dir == null) return null;
    String d = dir.startsWith("./") ? dir.substring(2) : dir;
    if (d.endsWith("/")) d = d.substring(0, d.length() - 1);
    return d.isEmpty() ? "." : d;
  }

  private static Optional<Stack.DockerfileInfo> dockerfile(DockerfileFacts d) {
    if (d.finalStage() == null || d.stages().isEmpty()) return Optional.empty();
    DockerfileFacts.Stage st = d.stages().get(d.finalStage());
    String image = st.from() == null ? null : st.from().scratch() ? "scratch" : st.from().resolved() != null ? st.from().resolved() : st.from().raw();
    return Optional.of(new Stack.DockerfileInfo(d.file(), d.context(), st.line(), image,
        st.user() == null ? null : st.user().value(),
        st.cmd() == null ? null : st.cmd().line(),
        st.entrypoint() == null ? null : st.entrypoint().line(),
        st.healthcheck() != null && !st.healthcheck().none(),
        st.expose().stream().map(DockerfileFacts.Expose::port).toList()));
  }
}
