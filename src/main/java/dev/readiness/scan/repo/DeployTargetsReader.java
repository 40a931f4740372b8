package dev.readiness.scan.repo;

import static dev.readiness.scan.workflow.YamlNodes.get;
import static dev.readiness.scan.workflow.YamlNodes.text;

import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.DeployTarget;
import dev.readiness.scan.workflow.YamlNodes;
import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Deployment targets beyond local Docker: Kubernetes manifests (one entry per object, HPA and CronJob
 * included), Helm charts, Kustomize, Terraform (per directory, with providers), Pulumi, Swarm stacks,
 * Nomad jobs and PaaS files. Kubernetes objects are also returned raw for the backup/secret passes.
 */
final class DeployTargetsReader {
  /** PaaS descriptor files by exact name → platform. */
  private static final Pattern COPILOT_MANIFEST = Pattern.compile("(?:.*/)?copilot/[^/]+/manifest\\.ya?ml");
  private static final Pattern DIGITALOCEAN_APP = Pattern.compile("(?:.*/)?\\.do/app\\.ya?ml");
  private static final Map<String, String> PAAS = Map.ofEntries(
      Map.entry("fly.toml", "fly"), Map.entry("render.yaml", "render"), Map.entry("app.yaml", "google-app-engine"),
      Map.entry("procfile", "heroku"), Map.entry("heroku.yml", "heroku"), Map.entry("app.json", "heroku"),
      Map.entry("railway.json", "railway"), Map.entry("railway.toml", "railway"), Map.entry("vercel.json", "vercel"),
      Map.entry("netlify.toml", "netlify"), Map.entry("dockerrun.aws.json", "elastic-beanstalk"), Map.entry("apprunner.yaml", "app-runner"),
      Map.entry("amplify.yml", "amplify"), Map.entry(".platform.app.yaml", "platform.sh"), Map.entry("serverless.yml", "serverless"),
      Map.entry("serverless.yaml", "serverless"), Map.entry("samconfig.toml", "aws-sam"), Map.entry("now.json", "vercel"),
      Map.entry("captain-definition", "caprover"), Map.entry("zeabur.json", "zeabur"), Map.entry("koyeb.yaml", "koyeb"));
  private static final Pattern TF_PROVIDER = Pattern.compile("(?m)^\\s*(?:provider\\s+\"([\\w-]+)\"|resource\\s+\"([a-z0-9]+)_)");
  private static final Pattern SCALER_KIND = Pattern.compile("(?m)^kind:\\s*[\"']?(HorizontalPodAutoscaler|ScaledObject)\\b");
  private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "ReplicaSet");
  private static final Pattern NOMAD_JOB = Pattern.compile("(?m)^\\s*job\\s+\"[^\"]+\"\\s*\\{");

  /** A Kubernetes object found in a manifest. */
  record K8sObject(String file, String kind, String name, int line, String text) {}

  private final RepoFiles files;
  private final List<K8sObject> k8s = new ArrayList<>();

  DeployTargetsReader(RepoFiles files) {
    this.files = files;
  }

  List<K8sObject> kubernetesObjects() {
    return k8s;
  }

  /** app.yaml and app.json are common names: only App Engine / Heroku content counts. */
  private boolean isPaasFile(SourceFile f, String name) {
    if (name.equals("app.yaml")) return files.read(f).map(t -> t.contains("runtime:") && !t.contains("apiVersion:")).orElse(false);
    if (name.equals("app.json")) return files.read(f).map(t -> t.contains("\"buildpacks\"") || t.contains("\"formation\"") || t.contains("\"addons\"")).orElse(false);
    return true;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  List<DeployTarget> read() {
    List<DeployTarget> out = new ArrayList<>();
    Map<String, Set<String>> terraformDirs = new LinkedHashMap<>();
    List<SourceFile> all = files.all();
    Set<String> chartDirs = all.stream().filter(f -> RepoFiles.name(f.path()).equals("Chart.yaml"))
        .map(f -> RepoFiles.dir(f.path())).collect(Collectors.toSet());
    for (SourceFile f : all) {
      String path = f.path();
      String lower = path.toLowerCase(Locale.ROOT);
      String name = RepoFiles.name(lower);
      String ext = RepoFiles.ext(lower);
      if (name.equals("chart.yaml")) {
        String chart = files.read(f).map(t -> {
          Matcher m = Pattern.compile("(?m)^name:\\s*(\\S+)").matcher(t);
          return m.find() ? m.group(1) : null;
        }).orElse(null);
        out.add(new DeployTarget("helm", path, chart, 1));
        continue;
      }
      if (name.equals("kustomization.yaml") || name.equals("kustomization.yml")) { out.add(new DeployTarget("kustomize", path, null, 1)); continue; }
      if (name.equals("pulumi.yaml") || name.equals("pulumi.yml")) { out.add(new DeployTarget("pulumi", path, null, 1)); continue; }
      if (PAAS.containsKey(name) && isPaasFile(f, name)) {
        out.add(new DeployTarget("paas", path, PAAS.get(name), 1));
        continue;
      }
      if (lower.contains(".ebextensions/") || COPILOT_MANIFEST.matcher(lower).matches() || DIGITALOCEAN_APP.matcher(lower).matches()) {
        out.add(new DeployTarget("paas", path, lower.contains("ebextensions") ? "elastic-beanstalk" : lower.contains("copilot") ? "aws-copilot" : "digitalocean", 1));
        continue;
      }
      if (ext.equals("tf")) {
        Set<String> providers = terraformDirs.computeIfAbsent(RepoFiles.dir(path), k -> new TreeSet<>());
        files.read(f).ifPresent(t -> {
          Matcher m = TF_PROVIDER.matcher(t);
          while (m.find()) providers.add(m.group(1) != null ? m.group(1) : m.group(2));
        });
        continue;
      }
      if (ext.equals("nomad") || name.endsWith(".nomad.hcl")) { out.add(new DeployTarget("nomad", path, null, 1)); continue; }
      if (ext.equals("hcl") && files.read(f).map(t -> NOMAD_JOB.matcher(t).find()).orElse(false)) { out.add(new DeployTarget("nomad", path, null, 1)); continue; }
      if (name.equals("deploy.yml") && lower.contains("config/")) {
        if (files.read(f).map(t -> t.contains("servers:") && t.contains("image:")).orElse(false)) out.add(new DeployTarget("paas", path, "kamal", 1));
        continue;
      }
      if (!(ext.equals("yml") || ext.equals("yaml"))) continue;
      if (chartDirs.stream().anyMatch(d -> lower.startsWith(d.toLowerCase(Locale.ROOT) + "/templates/"))) {
        // Templates do not parse as YAML; an autoscaler template is still what the chart deploys.
        files.read(f).ifPresent(t -> {
          Matcher m = SCALER_KIND.matcher(t);
          if (m.find()) out.add(new DeployTarget("helm", path, m.group(1), lineOf(t, m.start())));
        });
        continue;
      }
      if (lower.startsWith(".github/") || lower.startsWith(".gitlab") || lower.startsWith(".circleci/")) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      String t = text.get();
      if (name.matches("(?:docker-)?stack[\\w.-]*\\.ya?ml") && t.contains("services:")) {
        out.add(new DeployTarget("swarm", path, "stack", 1));
        continue;
      }
      if (!(t.contains("apiVersion:") && t.contains("kind:"))) continue;
      if (t.contains("{{")) continue;
      for (Node doc : YamlLoader.load(t, "repo", path, files::diagnose)) {
        String api = text(doc, "apiVersion");
        String kind = text(doc, "kind");
        if (api == null || kind == null) continue;
        int line = YamlNodes.line(doc);
        String objName = text(get(doc, "metadata"), "name");
        k8s.add(new K8sObject(path, kind, objName, line, t));
        String replicas = WORKLOADS.contains(kind) ? text(get(doc, "spec"), "replicas") : null;
        out.add(new DeployTarget("kubernetes", path, replicas != null && replicas.matches("\\d+") ? kind + " replicas=" + replicas : kind, line));
      }
    }
    for (Map.Entry<String, Set<String>> e : terraformDirs.entrySet()) {
      String dir = e.getKey();
      out.add(new DeployTarget("terraform", dir.equals(".") ? "main.tf" : dir, e.getValue().isEmpty() ? null : String.join(",", e.getValue()), null));
    }
    return out;
  }
}
