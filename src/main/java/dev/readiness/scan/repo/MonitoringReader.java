package dev.readiness.scan.repo;

import static dev.readiness.scan.workflow.YamlNodes.get;
import static dev.readiness.scan.workflow.YamlNodes.items;
import static dev.readiness.scan.workflow.YamlNodes.text;

import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.AlertRules;
import dev.readiness.scan.repo.RepoFacts.KindFile;
import dev.readiness.scan.repo.RepoFacts.Monitoring;
import dev.readiness.scan.repo.RepoFacts.Prometheus;
import dev.readiness.scan.workflow.YamlNodes;
import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Monitoring configuration: Prometheus scrape configs (and ServiceMonitor/PodMonitor), alert rule files with
 * their alert counts, Alertmanager, Grafana provisioning and dashboards, log shippers, uptime checkers.
 */
final class MonitoringReader {
  private static final Pattern PROMTAIL_FILE = Pattern.compile("promtail[\\w.-]*\\.ya?ml");
  private static final Pattern LOKI_FILE = Pattern.compile("loki[\\w.-]*\\.ya?ml");
  private static final Pattern FLUENT_BIT_FILE = Pattern.compile("fluent-?bit[\\w.-]*\\.(?:conf|ya?ml)");
  private static final Pattern FLUENTD_FILE = Pattern.compile("(?:fluentd?|td-agent)[\\w.-]*\\.conf");
  private static final Pattern VECTOR_FILE = Pattern.compile("vector[\\w.-]*\\.(?:toml|ya?ml|json)");
  private static final Pattern LOGSTASH_FILE = Pattern.compile("logstash[\\w.-]*\\.(?:conf|ya?ml)");
  private static final Pattern FILEBEAT_FILE = Pattern.compile("filebeat[\\w.-]*\\.ya?ml");
  private static final Pattern OTEL_COLLECTOR_FILE = Pattern.compile("otel-collector[\\w.-]*\\.ya?ml|otelcol[\\w.-]*\\.ya?ml");
  private static final Pattern UPTIME_FILE = Pattern.compile("(?:gatus|uptime-kuma|blackbox|statping|healthchecks?)[\\w.-]*\\.(?:ya?ml|json|toml)");
  private static final Pattern SCRAPE = Pattern.compile("(?m)^\\s*scrape_configs\\s*:");
  private static final Pattern ALERT = Pattern.compile("(?m)^\\s*-?\\s*alert\\s*:");
  private static final Pattern ALERTMANAGER = Pattern.compile("(?m)^route\\s*:[\\s\\S]*^receivers\\s*:|^receivers\\s*:[\\s\\S]*^route\\s*:");
  private static final Pattern MONITOR_CRD = Pattern.compile("(?m)^kind:\\s*(ServiceMonitor|PodMonitor|PrometheusRule)\\s*$");

  private final RepoFiles files;

  MonitoringReader(RepoFiles files) {
    this.files = files;
  }

  Monitoring read() {
    List<Prometheus> prometheus = new ArrayList<>();
    List<AlertRules> alerts = new ArrayList<>();
    List<KindFile> alertmanager = new ArrayList<>();
    List<KindFile> grafana = new ArrayList<>();
    List<KindFile> logs = new ArrayList<>();
    List<KindFile> uptime = new ArrayList<>();
    for (SourceFile f : files.all()) {
      String p = f.path().toLowerCase(Locale.ROOT);
      String name = RepoFiles.name(p);
      String ext = RepoFiles.ext(p);
      boolean yaml = ext.equals("yml") || ext.equals("yaml");
      String logKind = logShipper(p, name, ext);
      if (logKind != null) logs.add(new KindFile(f.path(), logKind));
      if (p.contains("grafana")) {
        if (yaml && p.contains("provisioning/dashboards")) grafana.add(new KindFile(f.path(), "dashboards"));
        else if (yaml && p.contains("provisioning/datasources")) grafana.add(new KindFile(f.path(), "datasources"));
        else if (yaml && p.contains("provisioning/alerting")) grafana.add(new KindFile(f.path(), "alerting"));
      }
      if (UPTIME_FILE.matcher(name).matches()) uptime.add(new KindFile(f.path(), name.replaceAll("[.-].*$", "")));
      if (!(yaml || ext.equals("json") || ext.equals("rules"))) continue;
      if (ext.equals("json") && !p.contains("dashboard") && !p.contains("grafana")) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      String t = text.get();
      if (ext.equals("json")) {
        if (t.contains("\"panels\"")) grafana.add(new KindFile(f.path(), "dashboard-json"));
        continue;
      }
      java.util.regex.Matcher crd = MONITOR_CRD.matcher(t);
      if (crd.find()) {
        if (crd.group(1).equals("PrometheusRule")) alerts.add(new AlertRules(f.path(), count(ALERT, t)));
        else prometheus.add(new Prometheus(f.path(), List.of(crd.group(1)), RepoFiles.lineOf(t, crd.start())));
        continue;
      }
      if (SCRAPE.matcher(t).find()) prometheus.add(prometheus(f.path(), t));
      else if (ALERT.matcher(t).find() && t.contains("groups")) alerts.add(new AlertRules(f.path(), count(ALERT, t)));
      else if (ALERTMANAGER.matcher(t).find() || name.startsWith("alertmanager")) alertmanager.add(new KindFile(f.path(), "alertmanager"));
      else if (t.contains("endpoints:") && t.contains("conditions:")) uptime.add(new KindFile(f.path(), "gatus"));
      else if (t.contains("prober: http")) uptime.add(new KindFile(f.path(), "blackbox"));
    }
    return new Monitoring(List.copyOf(prometheus), List.copyOf(alerts), List.copyOf(alertmanager), List.copyOf(grafana),
        List.copyOf(logs), dedupe(uptime));
  }

  private static List<KindFile> dedupe(List<KindFile> in) {
    return in.stream().distinct().toList();
  }

  private Prometheus prometheus(String path, String text) {
    List<String> jobs = new ArrayList<>();
    int line = 1;
    List<Node> docs = YamlLoader.load(text, "repo", path, files::diagnose);
    if (!docs.isEmpty()) {
      Node sc = get(docs.get(0), "scrape_configs");
      if (sc != null) line = YamlNodes.line(YamlNodes.keyNode(docs.get(0), "scrape_configs"));
      for (Node job : items(sc)) {
        String name = text(job, "job_name");
        if (name != null) jobs.add(name);
      }
    }
    return new Prometheus(path, List.copyOf(jobs), line);
  }

  private static int count(Pattern p, String text) {
    java.util.regex.Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private String logShipper(String p, String name, String ext) {
    if (PROMTAIL_FILE.matcher(name).matches() || p.contains("promtail/") && (ext.equals("yml") || ext.equals("yaml"))) return "promtail";
    if (LOKI_FILE.matcher(name).matches() || p.contains("/loki/") && ext.startsWith("y")) return "loki";
    if (FLUENT_BIT_FILE.matcher(name).matches()) return "fluent-bit";
    if (FLUENTD_FILE.matcher(name).matches() || p.contains("fluentd/") && ext.equals("conf")) return "fluentd";
    if (VECTOR_FILE.matcher(name).matches()) return "vector";
    if (LOGSTASH_FILE.matcher(name).matches() || p.contains("logstash/pipeline/")) return "logstash";
    if (FILEBEAT_FILE.matcher(name).matches()) return "filebeat";
    if (OTEL_COLLECTOR_FILE.matcher(name).matches()) return "otel-collector";
    return null;
  }
}
