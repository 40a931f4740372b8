package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.YamlTextEditor;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds opt-in observability to the production compose file: a Prometheus service (profile
 * {@code monitoring}) with {@code monitoring/prometheus.yml} scraping the app services, or a
 * Loki + Promtail log-shipping pair (profile {@code logging}) with their configs.
 */
public final class MonitoringGenerator implements Remediation {
  /** Which profile this instance adds. */
  public enum Kind { METRICS, LOGS }

  private final Kind kind;

  public MonitoringGenerator(Kind kind) {
    this.kind = kind;
  }

  /** A scrape target. */
  public record Target(String name, int port, String path) {}

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Optional<ComposeTarget> t = ComposeTarget.of(stack);
    if (t.isEmpty()) {
      ComposeTarget.explainMissing(checkId, stack, ctx, "no compose stack found; add monitoring to your deployment by hand");
      return;
    }
    String dir = EnvTemplateGenerator.projectPrefix(stack) + "monitoring/";
    Optional<YamlTextEditor> ed = t.get().editor(stack, ws, ctx, checkId);
    if (ed.isEmpty()) return;
    if (kind == Kind.METRICS) {
      List<Target> targets = new ArrayList<>();
      for (Stack.Service s : stack.services()) {
        boolean frontend = Healthchecks.component(stack, s).map(Stack.Component::frontend).orElse(false);
        if (s.exposesHttp() && !s.isDatastore() && s.httpPort() != null && !"proxy".equals(s.role()) && !frontend) {
          targets.add(new Target(s.name(), s.httpPort(), "/metrics"));
        }
      }
      if (targets.isEmpty()) {
        // A Prometheus that scrapes only itself measures nothing about the stack.
        ctx.needsInput(checkId, "no service is known to serve HTTP metrics: name the services and ports that expose /metrics (prometheus_client, prom-client, micrometer, ...) and add a Prometheus for them");
        return;
      }
      TemplateFile.generate(ws, ctx, checkId, dir + "prometheus.yml", "monitoring/prometheus.yml.ftl", Map.of("targets", targets),
          "scrape the stack's services with Prometheus");
      if (!ed.get().has("services", "prometheus") && stack.service("prometheus").isEmpty()) {
        t.get().append(stack, ws, ctx, checkId, List.of("services"), "prometheus:\n"
            + "  image: \"prom/prometheus:v2.55.1\"\n"
            + "  profiles: [\"monitoring\"]\n"
            + "  restart: unless-stopped\n"
            + "  command: [\"--config.file=/etc/prometheus/prometheus.yml\", \"--storage.tsdb.retention.time=15d\"]\n"
            + "  volumes:\n"
            + "    - ./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml:ro\n"
            + "    - prometheus-data:/prometheus\n"
            + ComposeTarget.networksFragment(t.get().networksToReach(stack, ws, targets.stream().map(Target::name).toList()))
            + "  healthcheck:\n    test: [\"CMD-SHELL\", \"wget -qO /dev/null http://127.0.0.1:9090/-/healthy || exit 1\"]\n    interval: 30s\n    timeout: 5s\n    retries: 3\n"
            + "  logging:\n    driver: json-file\n    options:\n      max-size: \"10m\"\n      max-file: \"3\"\n"
            + "  deploy:\n    resources:\n      limits:\n        memory: 512M\n        cpus: \"0.5\"\n", "collect metrics (docker compose --profile monitoring up -d)");
        addVolume(stack, ws, ctx, checkId, t.get(), "prometheus-data");
      }
      if (!targets.isEmpty()) ctx.note(checkId, "Prometheus scrapes /metrics on " + targets.stream().map(Target::name).toList() + "; each app must expose it (prometheus_client, prom-client, micrometer, ...)");
    } else {
      TemplateFile.generate(ws, ctx, checkId, dir + "loki.yml", "monitoring/loki.yml.ftl", Map.of(), "store logs centrally in Loki");
      TemplateFile.generate(ws, ctx, checkId, dir + "promtail.yml", "monitoring/promtail.yml.ftl", Map.of(), "ship every container's logs to Loki");
      if (!ed.get().has("services", "loki") && stack.service("loki").isEmpty()) {
        t.get().append(stack, ws, ctx, checkId, List.of("services"), "loki:\n"
            + "  image: \"grafana/loki:3.3.2\"\n"
            + "  profiles: [\"logging\"]\n"
            + "  restart: unless-stopped\n"
            + "  command: [\"-config.file=/etc/loki/loki.yml\"]\n"
            + "  volumes:\n"
            + "    - ./monitoring/loki.yml:/etc/loki/loki.yml:ro\n"
            + "    - loki-data:/loki\n"
            + "  healthcheck:\n    test: [\"CMD-SHELL\", \"wget -qO /dev/null http://127.0.0.1:3100/ready || exit 1\"]\n    interval: 30s\n    timeout: 5s\n    retries: 3\n    start_period: 30s\n"
            + "  logging:\n    driver: json-file\n    options:\n      max-size: \"10m\"\n      max-file: \"3\"\n"
            + "  deploy:\n    resources:\n      limits:\n        memory: 512M\n        cpus: \"0.5\"\n"
            + "promtail:\n"
            + "  image: \"grafana/promtail:3.3.2\"\n"
            + "  profiles: [\"logging\"]\n"
            + "  restart: unless-stopped\n"
            + "  command: [\"-config.file=/etc/promtail/promtail.yml\"]\n"
            + "  volumes:\n"
            + "    - ./monitoring/promtail.yml:/etc/promtail/promtail.yml:ro\n"
            + "    - /var/lib/docker/containers:/var/lib/docker/containers:ro\n"
            + "  healthcheck:\n    test: [\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/9080\"]\n    interval: 30s\n    timeout: 5s\n    retries: 3\n"
            + "  logging:\n    driver: json-file\n    options:\n      max-size: \"10m\"\n      max-file: \"3\"\n"
            + "  deploy:\n    resources:\n      limits:\n        memory: 512M\n        cpus: \"0.5\"\n", "centralize logs in Loki (docker compose --profile logging up -d)");
        addVolume(stack, ws, ctx, checkId, t.get(), "loki-data");
      }
    }
  }

  private static void addVolume(Stack stack, Workspace ws, FixContext ctx, String checkId, ComposeTarget t, String name) {
    Optional<YamlTextEditor> ed = t.editor(stack, ws, ctx, checkId);
    if (ed.isEmpty() || ed.get().has("volumes", name)) return;
    t.append(stack, ws, ctx, checkId, List.of("volumes"), name + ": {}\n", "named volume " + name);
  }
}
