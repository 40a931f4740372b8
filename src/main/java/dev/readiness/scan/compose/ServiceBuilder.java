package dev.readiness.scan.compose;

import dev.readiness.model.ImageReference;
import dev.readiness.discover.RepoPaths;
import dev.readiness.scan.Redactor;
import dev.readiness.scan.ValueKind;
import dev.readiness.scan.ValueKinds;
import dev.readiness.scan.dockerfile.DockerfileAst;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one merged, normalized service tree into {@link ComposeService} facts. */
final class ServiceBuilder {
  private static final Pattern PORT = Pattern.compile(
      "^(?:(\\[[^\\]]+\\]|[0-9.]+|[A-Za-z0-9.\\-]+):)??(?:([0-9]+(?:-[0-9]+)?)?:)?([0-9]+(?:-[0-9]+)?)(?:/(tcp|udp|sctp))?$");
  private static final Set<String> HTTP_IMAGES_PORTS = Set.of("80", "443", "8080", "8000", "3000", "5000", "8443", "4000", "8081", "5173", "4200", "9000");

  private final Path root;
  private final Function<String, String> baseDirOf;
  private final Collection<String> serviceNames;
  private final Function<String, DockerfileAst> dockerfiles;

  /**
   * @param root real path of the scanned root (for existence checks)
   * @param baseDirOf repo-relative directory that relative paths written in a file resolve against
   * @param serviceNames every service of the config (for talksTo)
   * @param dockerfiles the parsed Dockerfile at a repo-relative path, or null (shared with the Dockerfile scanner)
   */
  ServiceBuilder(Path root, Function<String, String> baseDirOf, Collection<String> serviceNames, Function<String, DockerfileAst> dockerfiles) {
    this.root = root;
    this.dockerfiles = dockerfiles;
    this.baseDirOf = baseDirOf;
    this.serviceNames = serviceNames;
  }

  ComposeService build(String name, Tree.Map s, String declaredIn, int declaredLine) {
    String imageText = Tree.text(s.get("image"));
    ImageReference image = imageText == null || imageText.isBlank() ? null : ImageReference.parse(imageText);
    BuildInfo build = build(s);
    String command = commandText(s.get("command"));
    String entrypoint = commandText(s.get("entrypoint"));
    String restart = Tree.text(s.get("restart"));
    String commandLine = String.join(" ", String.valueOf(interpolatedCommand(s.get("entrypoint"))), String.valueOf(interpolatedCommand(s.get("command"))));
    ImageReference kindImage = kindImage(name, image, build);
    String role = ServiceKinds.role(name, kindImage, build != null, commandLine, restart);
    ServiceKinds.Known known = "job".equals(role) ? null : ServiceKinds.known(kindImage);
    List<PortMapping> ports = ports(s.get("ports"));
    List<String> expose = strings(s.get("expose"));
    List<EnvVar> env = environment(name, s.get("environment"));
    Set<String> talks = new TreeSet<>();
    env.forEach(e -> talks.addAll(e.hosts()));
    talks.addAll(HostRefs.find(null, interpolatedCommand(s.get("command")), serviceNames, name));
    talks.addAll(HostRefs.find(null, interpolatedCommand(s.get("entrypoint")), serviceNames, name));
    if (s.get("healthcheck") instanceof Tree.Map hc) talks.addAll(HostRefs.find(null, interpolatedCommand(hc.get("test")), serviceNames, name));
    boolean http = ("app".equals(role) || "proxy".equals(role)) && (!ports.isEmpty() || !expose.isEmpty() || "proxy".equals(role)
        || (image == null && build != null && ports.stream().anyMatch(p -> HTTP_IMAGES_PORTS.contains(p.target()))));
    return new ComposeService(
        name, declaredIn, declaredLine, role, known == null ? null : known.engine(), known == null ? null : known.dataDir(),
        image, build, ports, expose, volumes(s.get("volumes")), env, envFiles(s.get("env_file")), dependsOn(s.get("depends_on")),
        List.copyOf(talks), healthcheck(s, s.get("healthcheck")), restart, deploy(s, s.get("deploy")), logging(s, s.get("logging")),
        Tree.text(s.get("user")), Tree.truthy(s.get("privileged")), Tree.truthy(s.get("read_only")), strings(s.get("security_opt")),
        strings(s.get("cap_add")), strings(s.get("cap_drop")), Tree.text(s.get("network_mode")), Tree.text(s.get("pid")),
        Tree.text(s.get("ipc")), Tree.text(s.get("userns_mode")), List.copyOf(Tree.entries(s.get("networks")).keySet()),
        secrets(s.get("secrets")), strings(s.get("profiles")), command, entrypoint, labels(s.get("labels")),
        Tree.text(s.get("container_name")), http);
  }

  private static final Pattern PROXY_NAME = Pattern.compile("(?i)(^|[-_])(proxy|reverse[-_]?proxy|nginx|gateway|lb|ingress|traefik|caddy|haproxy)($|[-_])");

  /**
   * The image that says what a service is: its own image, or for a build of an unknown image the base
   * image of the stage it builds (build.target, else the final stage), when that base is a datastore,
   * cache or queue, or a proxy for a service named as one (an SPA served by nginx stays an app).
   */
  private ImageReference kindImage(String name, ImageReference image, BuildInfo build) {
    if (build == null || build.dockerfile() == null || !build.dockerfileExists() || ServiceKinds.known(image) != null) return image;
    DockerfileAst ast = dockerfiles.apply(build.dockerfile());
    ImageReference base = ast == null ? null : ImageReference.parse(ast.baseImage(build.target()));
    ServiceKinds.Known k = ServiceKinds.known(base);
    if (k == null) return image;
    if (Set.of("datastore", "cache", "queue").contains(k.role())) return base;
    if ("proxy".equals(k.role()) && PROXY_NAME.matcher(name).find()) return base;
    return image;
  }

  private BuildInfo build(Tree.Map s) {
    if (!(s.get("build") instanceof Tree.Map b)) return null;
    Tree ctxNode = b.get("context");
    String ctx = Tree.text(ctxNode);
    if (ctx == null || ctx.isBlank()) ctx = ".";
    String file = ctxNode != null ? ctxNode.file() : b.file();
    String dockerfileText = Tree.text(b.get("dockerfile"));
    boolean inline = b.get("dockerfile_inline") != null;
    List<String> args = List.copyOf(Tree.entries(b.get("args")).keySet());
    String target = Tree.text(b.get("target"));
    int line = s.keyLine("build");
    if (ctx.matches("^(https?://|git@|git://|ssh://|github\\.com/).*")) {
      return new BuildInfo(ctx, null, false, false, true, inline, target, args, b.file(), line);
    }
    String context = ctx.startsWith("/") ? null : RepoPaths.join(baseDirOf.apply(file), ctx);
    if (context == null) {
      return new BuildInfo(ctx, null, false, false, false, inline, target, args, b.file(), line);
    }
    String dockerfile = null;
    boolean dfExists = false;
    if (!inline) {
      String df = dockerfileText == null || dockerfileText.isBlank() ? "Dockerfile" : dockerfileText;
      dockerfile = df.startsWith("/") ? null : RepoPaths.join(context, df);
      dfExists = dockerfile != null && Files.isRegularFile(inside(dockerfile));
    }
    boolean ctxExists = Files.isDirectory(inside(context));
    return new BuildInfo(context, dockerfile, ctxExists, dfExists, false, inline, target, args, b.file(), line);
  }

  private List<PortMapping> ports(Tree t) {
    List<PortMapping> out = new ArrayList<>();
    for (Tree item : Tree.items(t)) {
      if (item instanceof Tree.Map m) {
        out.add(new PortMapping(Tree.text(m.get("published")), Tree.text(m.get("target")), Tree.text(m.get("host_ip")),
            orDefault(Tree.text(m.get("protocol")), "tcp"), m.file(), m.line()));
        continue;
      }
      String v = Tree.text(item);
      if (v == null) continue;
      Matcher pm = PORT.matcher(v.strip());
      if (!pm.matches()) {
        out.add(new PortMapping(null, v, null, "tcp", item.file(), item.line()));
        continue;
      }
      String hostIp = pm.group(1);
      if (hostIp != null && hostIp.startsWith("[")) hostIp = hostIp.substring(1, hostIp.length() - 1);
      out.add(new PortMapping(pm.group(2), pm.group(3), hostIp, orDefault(pm.group(4), "tcp"), item.file(), item.line()));
    }
    return out;
  }

  private List<VolumeMount> volumes(Tree t) {
    List<VolumeMount> out = new ArrayList<>();
    for (Tree item : Tree.items(t)) {
      if (item instanceof Tree.Map m) {
        String type = orDefault(Tree.text(m.get("type")), "volume");
        String source = Tree.text(m.get("source"));
        if ("bind".equals(type) && source != null) source = hostPath(source, m.file());
        out.add(new VolumeMount(type, source, Tree.text(m.get("target")), Tree.truthy(m.get("read_only")), m.file(), m.line()));
        continue;
      }
      String v = Tree.text(item);
      if (v == null) continue;
      List<String> parts = VolumeSpec.split(v);
      if (parts.size() == 1) {
        out.add(new VolumeMount("volume", null, parts.get(0), false, item.file(), item.line()));
        continue;
      }
      String src = parts.get(0);
      boolean bind = src.startsWith("/") || src.startsWith(".") || src.startsWith("~") || src.contains("/") || src.contains("\\")
          || src.matches("^[A-Za-z]:.*");
      boolean ro = parts.size() >= 3 && List.of(parts.get(2).split(",")).contains("ro");
      out.add(new VolumeMount(bind ? "bind" : "volume", bind ? hostPath(src, item.file()) : src, parts.get(1), ro, item.file(), item.line()));
    }
    return out;
  }

  /** Repo-relative when the host path is inside the repository, else as written. */
  private String hostPath(String src, String file) {
    if (src.startsWith("/") || src.startsWith("~") || src.matches("^[A-Za-z]:.*")) return src;
    String rel = RepoPaths.join(baseDirOf.apply(file), src);
    return rel == null ? src : rel;
  }

  private List<EnvVar> environment(String self, Tree t) {
    List<EnvVar> out = new ArrayList<>();
    if (!(t instanceof Tree.Map m)) return out;
    for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
      Tree v = e.getValue();
      String raw = v instanceof Tree.Scalar s ? s.raw() : null;
      String value = Tree.text(v);
      // A bare key (no value) passes the variable from compose's environment through: that is a reference.
      ValueKind kind = raw == null && value == null ? ValueKind.REFERENCE : ValueKinds.classify(e.getKey(), raw == null ? value : raw);
      List<String> hosts = List.copyOf(HostRefs.find(e.getKey(), value, serviceNames, self));
      out.add(new EnvVar(e.getKey(), kind, ValueKinds.secretLikeKey(e.getKey()), hosts, v.file(), m.keyLine(e.getKey())));
    }
    return out;
  }

  private List<EnvFileRef> envFiles(Tree t) {
    List<EnvFileRef> out = new ArrayList<>();
    for (Tree item : Tree.items(t)) {
      String p;
      boolean required = true;
      if (item instanceof Tree.Map m) {
        p = Tree.text(m.get("path"));
        if (m.get("required") != null) required = Tree.truthy(m.get("required"));
      } else {
        p = Tree.text(item);
      }
      if (p == null) continue;
      String rel = p.startsWith("/") ? null : RepoPaths.join(baseDirOf.apply(item.file()), p);
      boolean exists = rel != null && Files.isRegularFile(inside(rel));
      out.add(new EnvFileRef(rel == null ? p : rel, exists, required, item.file(), item.line()));
    }
    return out;
  }

  private List<Dependency> dependsOn(Tree t) {
    List<Dependency> out = new ArrayList<>();
    if (!(t instanceof Tree.Map m)) return out;
    for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
      String cond = Tree.text(Tree.entries(e.getValue()).get("condition"));
      out.add(new Dependency(e.getKey(), orDefault(cond, "service_started"), e.getValue().file(), m.keyLine(e.getKey())));
    }
    return out;
  }

  private Healthcheck healthcheck(Tree.Map s, Tree t) {
    if (!(t instanceof Tree.Map m)) return null;
    List<String> test = new ArrayList<>();
    Tree tt = m.get("test");
    if (tt instanceof Tree.Seq seq) {
      for (Tree item : seq.items()) {
        String raw = rawOf(item);
        if (raw != null) test.add(Redactor.redact(raw)); // null or non-scalar items (`[CMD, ~]`) are not arguments
      }
    } else if (rawOf(tt) != null) {
      String raw = rawOf(tt);
      if (raw.strip().equalsIgnoreCase("NONE")) test.add("NONE");
      else {
        test.add("CMD-SHELL");
        test.add(Redactor.redact(raw));
      }
    }
    boolean disabled = Tree.truthy(m.get("disable")) || (!test.isEmpty() && test.get(0).equalsIgnoreCase("NONE"));
    Integer retries = integer(Tree.text(m.get("retries")));
    return new Healthcheck(List.copyOf(test), disabled, Tree.text(m.get("interval")), Tree.text(m.get("timeout")), retries,
        Tree.text(m.get("start_period")), m.file(), s.keyLine("healthcheck"));
  }

  private DeployInfo deploy(Tree.Map s, Tree t) {
    if (!(t instanceof Tree.Map m)) return null;
    Map<String, Tree> resources = Tree.entries(m.get("resources"));
    return new DeployInfo(integer(Tree.text(m.get("replicas"))), Tree.text(m.get("mode")),
        Tree.text(Tree.entries(m.get("restart_policy")).get("condition")), resources(resources.get("limits")),
        resources(resources.get("reservations")), m.file(), s.keyLine("deploy"),
        DeployInfo.SWARM_KEYS.stream().filter(k -> m.get(k) != null).toList());
  }

  private static DeployInfo.Resources resources(Tree t) {
    if (!(t instanceof Tree.Map m)) return new DeployInfo.Resources(null, null);
    return new DeployInfo.Resources(Tree.text(m.get("memory")), Tree.text(m.get("cpus")));
  }

  private LoggingInfo logging(Tree.Map s, Tree t) {
    if (!(t instanceof Tree.Map m)) return null;
    Map<String, String> options = new TreeMap<>();
    for (Map.Entry<String, Tree> e : Tree.entries(m.get("options")).entrySet()) {
      options.put(e.getKey(), Redactor.redactValue(e.getKey(), Tree.text(e.getValue())));
    }
    return new LoggingInfo(Tree.text(m.get("driver")), options, m.file(), s.keyLine("logging"));
  }

  private static Map<String, String> labels(Tree t) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Tree> e : Tree.entries(t).entrySet()) {
      out.put(e.getKey(), Redactor.redactValue(e.getKey(), Tree.text(e.getValue())));
    }
    return out;
  }

  private static List<String> secrets(Tree t) {
    List<String> out = new ArrayList<>();
    for (Tree item : Tree.items(t)) {
      String src = item instanceof Tree.Map m ? Tree.text(m.get("source")) : Tree.text(item);
      if (src != null) out.add(src);
    }
    return out;
  }

  private static List<String> strings(Tree t) {
    List<String> out = new ArrayList<>();
    for (Tree item : Tree.items(t)) {
      String v = Tree.text(item);
      if (v != null) out.add(v);
    }
    return out;
  }

  /** Command as written (before interpolation, so no .env value leaks), redacted; list forms joined with spaces. */
  private static String commandText(Tree t) {
    if (t == null) return null;
    if (t instanceof Tree.Seq seq) {
      List<String> parts = new ArrayList<>();
      for (Tree i : seq.items()) parts.add(rawOf(i));
      return Redactor.redact(String.join(" ", parts));
    }
    return Redactor.redact(rawOf(t));
  }

  /** Interpolated command text, used only in memory (hosts, role), never emitted. */
  private static String interpolatedCommand(Tree t) {
    if (t == null) return null;
    if (t instanceof Tree.Seq seq) {
      List<String> parts = new ArrayList<>();
      for (Tree i : seq.items()) parts.add(String.valueOf(Tree.text(i)));
      return String.join(" ", parts);
    }
    return Tree.text(t);
  }

  private static String rawOf(Tree t) {
    return t instanceof Tree.Scalar s ? s.raw() : null;
  }

  private Path inside(String rel) {
    return rel.equals(".") ? root : root.resolve(rel);
  }

  private static Integer integer(String s) {
    if (s == null) return null;
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String orDefault(String v, String d) {
    return v == null || v.isBlank() ? d : v;
  }
}
