package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The healthcheck a service's image can actually run: the datastore's own client for databases and
 * caches, the language runtime of the app's image for HTTP apps (slim images have no curl), or a
 * TCP probe when no health route is known. Compose {@code $$} escapes keep variables for the container.
 */
final class Healthchecks {
  private Healthchecks() {}

  /** Whether the service already has a healthcheck, in its compose config or in its (possibly just generated) Dockerfile. */
  static boolean present(Stack.Service s, Workspace ws) {
    if (s.healthcheck()) return true;
    if (s.dockerfile() == null) return false;
    return ws.read(s.dockerfile()).map(t -> t.lines().anyMatch(l -> l.trim().toUpperCase(Locale.ROOT).startsWith("HEALTHCHECK ")
        && !l.trim().toUpperCase(Locale.ROOT).startsWith("HEALTHCHECK NONE"))).orElse(false);
  }

  /** A healthcheck command, or why none is offered. */
  record Probe(List<String> test, String whyNone) {
    static Probe of(String... test) { return new Probe(List.of(test), null); }

    static Probe none(String why) { return new Probe(null, why); }

    boolean present() { return test != null; }
  }

  /** The {@code test:} command for a service, if one is known for its image or stack (without the FORCE_HTTPS facts). */
  static Optional<List<String>> test(Stack stack, Stack.Service s) {
    return Optional.ofNullable(probe(stack, s, null, null).test());
  }

  /**
   * The healthcheck command that exists in this image at this version, from the table of official
   * images (postgres, mysql, mariadb 10/11, mongo before/after 5.0, redis/valkey/keydb, nginx on Debian or
   * Alpine, traefik with ping enabled, caddy, minio, ...), or the app's own runtime for a built image; or
   * none, with the reason.
   */
  static Probe probe(Stack stack, Stack.Service s, Workspace ws, FixContext ctx) {
    String kind = s.stateful() != null ? s.stateful() : s.imageName();
    String image = s.imageName();
    String tag = s.imageTag();
    Integer major = s.imageReference() == null ? null : s.imageReference().majorVersion();
    boolean alpine = tag.contains("alpine");
    if (kind.equals("postgres") || image.startsWith("postgis") || image.equals("timescaledb")) {
      return Probe.of("CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres} -d $${POSTGRES_DB:-$${POSTGRES_USER:-postgres}}");
    }
    if (kind.equals("mysql")) return Probe.of("CMD-SHELL", "mysqladmin ping -h 127.0.0.1 --silent");
    if (kind.equals("mariadb")) {
      // MariaDB 11 images dropped the mysql* names; healthcheck.sh ships in the official image (10.4+ rebuilds, 11.x).
      if (major == null || major >= 11) return Probe.of("CMD", "healthcheck.sh", "--connect", "--innodb_initialized");
      return Probe.of("CMD-SHELL", "mysqladmin ping -h 127.0.0.1 --silent");
    }
    if (image.equals("valkey")) return Probe.of("CMD-SHELL", "valkey-cli ping | grep -q PONG");
    if (image.equals("keydb")) return Probe.of("CMD-SHELL", "keydb-cli ping | grep -q PONG");
    if (kind.equals("redis")) return Probe.of("CMD-SHELL", "redis-cli ping | grep -q PONG");
    if (kind.equals("mongo")) {
      // The legacy mongo shell was removed in 6.0; mongosh ships from 5.0 on.
      if (major != null && major < 5) return Probe.of("CMD", "mongo", "--quiet", "--eval", "db.adminCommand('ping').ok");
      return Probe.of("CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping').ok");
    }
    if (kind.equals("rabbitmq")) return Probe.of("CMD", "rabbitmq-diagnostics", "-q", "ping");
    if (kind.equals("elasticsearch") || kind.equals("opensearch")) return Probe.of("CMD-SHELL", "curl -fsS http://127.0.0.1:9200/_cluster/health || exit 1");
    if (kind.equals("memcached")) {
      if (alpine) return Probe.of("CMD-SHELL", "echo stats | nc -w 2 127.0.0.1 11211 | grep -q uptime");
      return Probe.none("the Debian memcached image has no client or nc to probe it with");
    }
    if (kind.equals("minio")) return Probe.of("CMD", "mc", "ready", "local");
    if (image.equals("nginx") || image.equals("nginx-unprivileged") || image.equals("openresty")) {
      String port = s.ports().isEmpty() ? (image.equals("nginx-unprivileged") ? "8080" : "80") : s.ports().get(0).target();
      // Any HTTP answer (even a 404 or a redirect to HTTPS) proves nginx serves: curl on Debian images, busybox wget on Alpine.
      if (alpine) return Probe.of("CMD-SHELL", "wget -S --spider http://127.0.0.1:" + port + "/ 2>&1 | grep -q HTTP/");
      return Probe.of("CMD-SHELL", "curl -so /dev/null http://127.0.0.1:" + port + "/");
    }
    if (image.equals("traefik")) {
      if (ws != null && traefikPing(s, ws)) return Probe.of("CMD", "traefik", "healthcheck", "--ping");
      return Probe.none("traefik answers `traefik healthcheck` only with the ping endpoint enabled (--ping=true); enable it, then add the healthcheck");
    }
    if (image.equals("caddy")) return Probe.of("CMD-SHELL", "wget -qO /dev/null http://127.0.0.1:2019/config/ || exit 1");
    Optional<Stack.Component> c = component(stack, s);
    Integer port = s.httpPort() != null ? s.httpPort() : c.map(Stack.Component::port).orElse(null);
    if (c.isEmpty()) {
      return Probe.none("no healthcheck is known for " + (s.image() != null ? "image " + s.image() : "the image built from " + s.buildContext())
          + "; add one that its image can run");
    }
    if (port == null) return Probe.none("the port it serves on is not known");
    String finalImage = finalImage(stack, s);
    if (finalImage != null && (finalImage.contains("distroless") || finalImage.equals("scratch"))) {
      return Probe.none("its image (" + finalImage + ") has no shell or runtime to probe with; give the binary a health subcommand");
    }
    String path = s.healthPath() != null ? s.healthPath() : c.get().healthPath();
    if (path != null && ws != null && httpsForced(s, ws)) {
      // The app redirects plain HTTP to HTTPS: an HTTP probe would never pass; a TCP probe proves it listens.
      if (ctx != null) ctx.note("monitoring.healthcheck.services", "service " + s.name() + " forces HTTPS: its healthcheck checks the port is open, not " + path);
      path = null;
    }
    String eco = c.get().ecosystem();
    if ("python".equals(eco)) {
      return Probe.of("CMD", "python", "-c", path != null
          ? "import urllib.request; urllib.request.urlopen('http://127.0.0.1:" + port + path + "', timeout=3)"
          : "import socket; socket.create_connection(('127.0.0.1', " + port + "), 3)");
    }
    if ("node".equals(eco) && !c.get().frontend()) {
      return Probe.of("CMD", "node", "-e", path != null
          ? "fetch('http://127.0.0.1:" + port + path + "', {redirect: 'manual'}).then(r => process.exit(r.status >= 200 && r.status < 400 ? 0 : 1)).catch(() => process.exit(1))"
          : "require('net').connect(" + port + ", '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))");
    }
    if ("java".equals(eco)) {
      if (finalImage != null && finalImage.contains("alpine")) return Probe.none("its Alpine image has no bash for a TCP probe and no HTTP client is known");
      return Probe.of("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + port);
    }
    return Probe.none("no probe is known for the " + eco + " ecosystem");
  }

  private static String finalImage(Stack stack, Stack.Service s) {
    if (s.dockerfile() == null && s.buildContext() == null) return null;
    String df = s.dockerfile() != null ? s.dockerfile() : (".".equals(s.buildContext()) ? "" : s.buildContext() + "/") + "Dockerfile";
    return stack.dockerfile(df).map(d -> d.finalImage() == null ? null : d.finalImage().toLowerCase(Locale.ROOT)).orElse(null);
  }

  /** Whether traefik's ping endpoint is enabled in its command or a traefik config file. */
  private static boolean traefikPing(Stack.Service s, Workspace ws) {
    Optional<String> compose = ws.read(s.file());
    if (compose.isPresent() && compose.get().matches("(?s).*--ping(=true)?\\b.*")) return true;
    for (String f : List.of("traefik.yml", "traefik.yaml", "traefik.toml", "traefik/traefik.yml", "traefik/traefik.yaml", "traefik/traefik.toml")) {
      Optional<String> t = ws.read(f);
      if (t.isPresent() && t.get().matches("(?s)(.*\\n)?\\[?ping\\]?\\s*[:\\n].*")) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern FORCE_HTTPS = java.util.regex.Pattern.compile("(?i)^(FORCE_HTTPS|FORCE_SSL|SECURE_SSL_REDIRECT|HTTPS_ONLY|SSL_REDIRECT|REDIRECT_HTTPS)$");

  /**
   * Whether the service redirects plain HTTP to HTTPS: a FORCE_HTTPS-like variable that is true in its
   * environment or the env files it reads; a variable whose value cannot be resolved counts as true.
   */
  static boolean httpsForced(Stack.Service s, Workspace ws) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String f : s.envFiles()) ws.read(f).ifPresent(t -> values.putAll(EnvText.parse(t)));
    java.util.Map<String, String> dotenv = ws.read(".env").map(EnvText::parse).orElse(java.util.Map.of());
    List<String> keys = new java.util.ArrayList<>(s.environmentKeys());
    keys.addAll(values.keySet());
    for (String k : keys) {
      if (!FORCE_HTTPS.matcher(k).matches()) continue;
      String v = values.get(k);
      if (v == null) v = BackupService.environment(ws, s).get(k);
      if (v != null && v.contains("${")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}").matcher(v);
        v = m.find() ? (dotenv.containsKey(m.group(1)) ? dotenv.get(m.group(1)) : m.group(2)) : null;
      }
      if (v == null || v.trim().toLowerCase(Locale.ROOT).matches("true|1|yes|on")) return true;
    }
    return false;
  }

  /** The component a service builds, if any. */
  static Optional<Stack.Component> component(Stack stack, Stack.Service s) {
    return stack.components().stream()
        .filter(c -> s.name().equals(c.service()) || (s.buildContext() != null && s.buildContext().equals(c.dir())))
        .findFirst();
  }

  /** The YAML fragment of a healthcheck with the given test. */
  static String fragment(List<String> test, boolean slowStart) {
    return "healthcheck:\n"
        + "  test: " + Yaml.list(test) + "\n"
        + "  interval: 10s\n"
        + "  timeout: 5s\n"
        + "  retries: 5\n"
        + "  start_period: " + (slowStart ? "60s" : "20s") + "\n";
  }
}
