package dev.readiness.fix.remediation;

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

  /** The {@code test:} command for a service, if one is known for its image or stack. */
  static Optional<List<String>> test(Stack stack, Stack.Service s) {
    String kind = s.stateful() != null ? s.stateful() : s.imageName();
    String image = s.imageName();
    if (kind.equals("postgres") || image.startsWith("postgis") || image.equals("timescaledb")) {
      return Optional.of(List.of("CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres} -d $${POSTGRES_DB:-$${POSTGRES_USER:-postgres}}"));
    }
    if (kind.equals("mysql")) return Optional.of(List.of("CMD-SHELL", "mysqladmin ping -h 127.0.0.1 --silent"));
    if (kind.equals("mariadb")) return Optional.of(List.of("CMD-SHELL", "mariadb-admin ping -h 127.0.0.1 --silent || mysqladmin ping -h 127.0.0.1 --silent"));
    if (kind.equals("redis") || image.equals("valkey") || image.equals("keydb")) return Optional.of(List.of("CMD-SHELL", "redis-cli ping | grep -q PONG"));
    if (kind.equals("mongo")) return Optional.of(List.of("CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping').ok"));
    if (kind.equals("rabbitmq")) return Optional.of(List.of("CMD", "rabbitmq-diagnostics", "-q", "ping"));
    if (kind.equals("elasticsearch") || kind.equals("opensearch")) return Optional.of(List.of("CMD-SHELL", "curl -fsS http://127.0.0.1:9200/_cluster/health || exit 1"));
    if (kind.equals("memcached")) return Optional.of(List.of("CMD-SHELL", "echo stats | nc -w 2 127.0.0.1 11211 | grep -q uptime"));
    if (kind.equals("minio")) return Optional.of(List.of("CMD-SHELL", "curl -fsS http://127.0.0.1:9000/minio/health/live || exit 1"));
    if (image.equals("nginx") || image.equals("nginx-unprivileged") || image.equals("openresty")) {
      String port = s.ports().isEmpty() ? "80" : s.ports().get(0).target();
      // Any HTTP answer (even a 404 or a redirect to HTTPS) proves nginx serves; curl on Debian images, busybox wget on Alpine.
      return Optional.of(List.of("CMD-SHELL", "curl -so /dev/null http://127.0.0.1:" + port + "/ || wget -S --spider http://127.0.0.1:" + port + "/ 2>&1 | grep -q HTTP/"));
    }
    if (image.equals("traefik")) return Optional.of(List.of("CMD", "traefik", "healthcheck", "--ping"));
    if (image.equals("caddy")) return Optional.of(List.of("CMD-SHELL", "wget -qO /dev/null http://127.0.0.1:2019/config/ || exit 1"));
    Optional<Stack.Component> c = component(stack, s);
    Integer port = s.httpPort() != null ? s.httpPort() : c.map(Stack.Component::port).orElse(null);
    if (c.isEmpty() || port == null) return Optional.empty();
    String path = s.healthPath() != null ? s.healthPath() : c.get().healthPath();
    String eco = c.get().ecosystem();
    if ("python".equals(eco)) {
      return Optional.of(List.of("CMD", "python", "-c", path != null
          ? "import urllib.request; urllib.request.urlopen('http://127.0.0.1:" + port + path + "', timeout=3)"
          : "import socket; socket.create_connection(('127.0.0.1', " + port + "), 3)"));
    }
    if ("node".equals(eco) && !c.get().frontend()) {
      return Optional.of(List.of("CMD", "node", "-e", path != null
          ? "fetch('http://127.0.0.1:" + port + path + "').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
          : "require('net').connect(" + port + ", '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"));
    }
    if ("java".equals(eco)) {
      return Optional.of(List.of("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + port));
    }
    return Optional.empty();
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
