package dev.readiness.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic, realistic compose project of any size: API and worker services built from
 * local Dockerfiles, frontends, and the datastores, caches, queues and proxies they depend on.
 * Roughly a third of the services break some production rule (mutable tags, literal secrets,
 * host mounts, missing health checks or limits), as in a real estate of services.
 */
final class ComposeServices {
  /** The kinds of services, cycled by index. */
  private static final String[] KINDS = {"api", "api", "worker", "frontend", "api", "postgres", "redis", "nginx", "rabbitmq", "worker"};

  private ComposeServices() {}

  /** Service name of index {@code i}, e.g. {@code api-007}. */
  static String name(int i) {
    return String.format("%s-%03d", KINDS[i % KINDS.length], i);
  }

  /** Whether service {@code i} is built from a Dockerfile under {@code services/<name>/}. */
  static boolean built(int i) {
    String kind = KINDS[i % KINDS.length];
    return kind.equals("api") || kind.equals("worker") || kind.equals("frontend");
  }

  /** A whole compose file ({@code services}, {@code networks}, {@code volumes}) with {@code count} services. */
  static Map<String, Object> base(int count) {
    Map<String, Object> services = new LinkedHashMap<>();
    Map<String, Object> volumes = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      services.put(name(i), service(i));
      if (!built(i)) volumes.put("data-" + name(i), new LinkedHashMap<>());
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("name", "shop");
    file.put("services", services);
    file.put("networks", map("frontend", map("driver", "bridge"), "backend", map("driver", "bridge", "internal", true)));
    file.put("volumes", volumes);
    return file;
  }

  /**
   * The developer override merged on top of {@link #base}: debug settings, source mounts, extra
   * published ports and environment for every built service, relaxed restart for the others.
   */
  static Map<String, Object> override(int count) {
    Map<String, Object> services = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> s = new LinkedHashMap<>();
      if (built(i)) {
        s.put("build", map("context", "./services/" + name(i), "target", "dev"));
        s.put("environment", map("LOG_LEVEL", "debug", "DEBUG", "true", "RELOAD", "1"));
        s.put("volumes", List.of("./services/" + name(i) + "/src:/app/src"));
        s.put("ports", List.of((20000 + i) + ":9229"));
        s.put("command", List.of("npm", "run", "dev"));
      } else {
        s.put("restart", "no");
        s.put("ports", List.of("127.0.0.1:" + (30000 + i) + ":" + containerPort(i)));
      }
      s.put("labels", map("com.example.env", "dev"));
      services.put(name(i), s);
    }
    return map("services", services);
  }

  private static Map<String, Object> service(int i) {
    String kind = KINDS[i % KINDS.length];
    String name = name(i);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("image", image(i, kind));
    if (built(i)) s.put("build", map("context", "./services/" + name, "target", "runtime"));
    s.put("ports", ports(i, kind));
    s.put("environment", environment(i, kind));
    if (i % 6 == 1) s.put("env_file", List.of(".env"));
    s.put("volumes", volumes(i, kind, name));
    if (i % 4 != 0) s.put("restart", i % 8 == 1 ? "always" : "unless-stopped");
    if (i % 3 != 0) s.put("healthcheck", healthcheck(kind));
    if (i % 2 == 0) {
      s.put("deploy", map("replicas", 1 + i % 3, "resources",
          map("limits", map("cpus", i % 10 == 0 ? "2" : "0.5", "memory", (256 << (i % 3)) + "M"),
              "reservations", map("memory", "128M"))));
    }
    s.put("labels", labels(i, kind));
    if (built(i) && i % 5 != 0) s.put("user", "10001:10001");
    if (i % 7 == 3) s.put("read_only", true);
    if (i % 23 == 0) s.put("privileged", true);
    if (i % 29 == 0) s.put("network_mode", "host");
    else s.put("networks", kind.equals("nginx") || kind.equals("frontend") ? List.of("frontend", "backend") : List.of("backend"));
    if (i % 31 == 0) s.put("pid", "host");
    if (i % 11 == 4) s.put("cap_add", i % 22 == 4 ? List.of("NET_ADMIN", "SYS_PTRACE") : List.of("NET_BIND_SERVICE"));
    if (i % 5 == 2) s.put("logging", map("driver", "json-file", "options", map("max-size", "10m", "max-file", "3")));
    if (i % 9 == 5) s.put("stop_grace_period", "30s");
    if (built(i) && i >= 10) {
      s.put("depends_on", map(name(i - i % 10 + 5), map("condition", "service_healthy"), name(i - i % 10 + 6),
          map("condition", "service_started")));
    }
    if (kind.equals("worker")) s.put("command", List.of("node", "dist/worker.js", "--queue", "jobs-" + i));
    return s;
  }

  private static String image(int i, String kind) {
    String tag = i % 7 == 0 ? "latest" : i % 17 == 0 ? "dev" : "1." + (i % 9) + "." + (i % 4);
    switch (kind) {
      case "postgres": return i % 13 == 0 ? "postgres" : "postgres:16." + (i % 4) + "-alpine";
      case "redis": return i % 7 == 0 ? "redis:latest" : "redis:7.2-alpine";
      case "nginx": return "nginx:1.25." + (i % 5);
      case "rabbitmq": return i % 19 == 0 ? "rabbitmq@sha256:" + "0123456789abcdef".repeat(4) : "rabbitmq:3.13-management";
      default: return "registry.example.com/shop/" + name(i) + ":" + tag;
    }
  }

  private static int containerPort(int i) {
    switch (KINDS[i % KINDS.length]) {
      case "postgres": return 5432;
      case "redis": return 6379;
      case "nginx": return 80;
      case "rabbitmq": return 5672;
      case "frontend": return 3000;
      default: return 8080;
    }
  }

  private static List<Object> ports(int i, String kind) {
    List<Object> out = new ArrayList<>();
    int port = containerPort(i);
    switch (kind) {
      case "worker":
        break;
      case "postgres":
      case "redis":
      case "rabbitmq":
        out.add((i % 8 == 5 ? "" : "127.0.0.1:") + (10000 + i) + ":" + port);
        break;
      case "nginx":
        out.add(i % 20 == 7 ? "80:80" : (8000 + i) + ":80");
        out.add(map("target", 443, "published", 8443 + i, "protocol", "tcp"));
        break;
      default:
        out.add((8000 + i) + ":" + port);
    }
    if (i % 37 == 3) out.add("22:22");
    if (i % 41 == 0) out.add("2375:2375");
    return out;
  }

  private static Object environment(int i, String kind) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("TZ", "UTC");
    env.put("LOG_LEVEL", "info");
    switch (kind) {
      case "postgres":
        env.put("POSTGRES_DB", "shop");
        env.put("POSTGRES_USER", "shop");
        env.put("POSTGRES_PASSWORD", i % 3 == 0 ? "changeme" : "${POSTGRES_PASSWORD}");
        break;
      case "rabbitmq":
        env.put("RABBITMQ_DEFAULT_USER", "shop");
        env.put("RABBITMQ_DEFAULT_PASS", "${RABBITMQ_PASSWORD}");
        break;
      case "redis":
        break;
      default:
        env.put("PORT", containerPort(i));
        env.put("DATABASE_URL", "postgres://shop:${POSTGRES_PASSWORD}@" + name(i - i % 10 + 5) + ":5432/shop");
        env.put("REDIS_URL", "redis://" + name(i - i % 10 + 6) + ":6379/0");
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317");
        if (i % 5 == 0) env.put("STRIPE_API_KEY", "sk_test_" + Integer.toHexString(0x5eed0000 + i));
        if (i % 9 == 1) env.put("JWT_SECRET", "${JWT_SECRET}");
        if (i % 12 == 2) env.put("GITHUB_TOKEN", "ghp_" + "x".repeat(36));
    }
    if (i % 3 != 0) return env;
    List<String> list = new ArrayList<>();
    env.forEach((k, v) -> list.add(k + "=" + v));
    return list;
  }

  private static List<Object> volumes(int i, String kind, String name) {
    List<Object> out = new ArrayList<>();
    switch (kind) {
      case "postgres": out.add("data-" + name + ":/var/lib/postgresql/data"); break;
      case "redis": out.add("data-" + name + ":/data"); break;
      case "rabbitmq": out.add("data-" + name + ":/var/lib/rabbitmq"); break;
      case "nginx":
        out.add("./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro");
        out.add(map("type", "bind", "source", "./deploy/certs", "target", "/etc/nginx/certs", "read_only", true));
        break;
      default: out.add("./config/" + name + ".yml:/app/config.yml:ro");
    }
    if (i % 19 == 0) out.add("/var/run/docker.sock:/var/run/docker.sock");
    if (i % 43 == 1) out.add("/etc/ssl/certs:/etc/ssl/certs:ro");
    return out;
  }

  private static Map<String, Object> healthcheck(String kind) {
    List<String> test;
    switch (kind) {
      case "postgres": test = List.of("CMD-SHELL", "pg_isready -U shop"); break;
      case "redis": test = List.of("CMD", "redis-cli", "ping"); break;
      case "rabbitmq": test = List.of("CMD", "rabbitmq-diagnostics", "-q", "ping"); break;
      case "worker": test = List.of("CMD", "node", "dist/health.js"); break;
      default: test = List.of("CMD", "curl", "-fsS", "http://localhost:" + (kind.equals("frontend") ? 3000 : 8080) + "/health");
    }
    return map("test", test, "interval", "30s", "timeout", "5s", "retries", 3, "start_period", "20s");
  }

  private static Map<String, Object> labels(int i, String kind) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("com.example.team", "team-" + (i % 6));
    if (i % 4 != 3) l.put("com.example.owner", "owner" + (i % 12) + "@example.com");
    l.put("com.example.tier", tier(kind));
    if (i % 3 == 0) l.put("com.example.cost-center", "cc-" + (100 + i % 5));
    if (i % 5 != 4) l.put("com.example.on-call", "#oncall-" + (i % 6));
    return l;
  }

  private static String tier(String kind) {
    switch (kind) {
      case "postgres": return "data";
      case "redis": return "cache";
      case "rabbitmq": return "queue";
      case "nginx": case "frontend": return "edge";
      default: return "backend";
    }
  }

  /** An insertion-ordered map of alternating keys and values. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) m.put((String) kv[k], kv[k + 1]);
    return m;
  }
}
