package dev.readiness.discover;

import dev.readiness.model.FileKind;
import dev.readiness.scan.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Classifies a file by its content (the second pass): compose shape, Kubernetes objects, monitoring and proxy configs, shebangs. */
public final class ContentClassifier {
  private static final Pattern SERVICES_KEY = Pattern.compile("(?m)^services:[ \\t]*(#.*)?\\r?$");
  private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion:[ \\t]*[\"']?[A-Za-z0-9./-]+");
  private static final Pattern KIND = Pattern.compile("(?m)^kind:[ \\t]*[\"']?[A-Z][A-Za-z]+");
  private static final Pattern SCRAPE_CONFIGS = Pattern.compile("(?m)^(scrape_configs|rule_files|alerting):");
  private static final Pattern ALERT_RULES = Pattern.compile("(?m)^groups:[ \\t]*\\r?$[\\s\\S]*?^\\s*-?\\s*(alert|record):");
  private static final Pattern GRAFANA = Pattern.compile("(?m)^(datasources|providers|deleteDatasources|contactPoints|policies):");
  private static final Pattern TRAEFIK = Pattern.compile("(?m)^(http|tcp):[ \\t]*\\r?\\n[ \\t]+(routers|services|middlewares):|^entryPoints:");
  private static final Pattern APP_ENGINE = Pattern.compile("(?m)^runtime:\\s*\\S");
  private static final Pattern NOMAD_JOB = Pattern.compile("(?m)^job\\s+\"[^\"]+\"\\s*\\{");
  private static final Set<String> COMPOSE_SERVICE_KEYS = Set.of(
      "image", "build", "ports", "environment", "command", "volumes", "depends_on", "extends", "networks", "restart",
      "healthcheck", "deploy", "env_file", "entrypoint", "container_name", "labels", "profiles", "expose", "user",
      "working_dir", "logging", "secrets", "cap_add", "cap_drop", "privileged", "network_mode");

  /** Extra kinds the content reveals. {@code text} reads the (cached) file text. */
  public Set<FileKind> classify(SourceFile file, Function<SourceFile, Optional<String>> text) {
    Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    String lower = file.path().toLowerCase(Locale.ROOT);
    String name = lower.substring(lower.lastIndexOf('/') + 1);
    boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
    if (yaml && !file.is(FileKind.WORKFLOW)) {
      Optional<String> t = text.apply(file);
      if (t.isPresent()) classifyYaml(file, t.get(), kinds);
    } else if (name.endsWith(".hcl") || name.endsWith(".nomad")) {
      text.apply(file).filter(s -> NOMAD_JOB.matcher(s).find()).ifPresent(s -> kinds.add(FileKind.DEPLOY_TARGET));
    } else if (!name.contains(".") && file.kinds().isEmpty() && hasShebang(file)) {
      kinds.add(FileKind.SCRIPT);
    }
    return kinds;
  }

  private void classifyYaml(SourceFile file, String text, Set<FileKind> kinds) {
    if (!file.is(FileKind.COMPOSE) && SERVICES_KEY.matcher(text).find() && composeShaped(text, file.path())) {
      kinds.add(FileKind.COMPOSE);
    }
    if (API_VERSION.matcher(text).find() && KIND.matcher(text).find()) kinds.add(FileKind.DEPLOY_TARGET);
    if (SCRAPE_CONFIGS.matcher(text).find() || ALERT_RULES.matcher(text).find()) kinds.add(FileKind.MONITORING);
    if (GRAFANA.matcher(text).find() && text.contains("apiVersion")) kinds.add(FileKind.MONITORING);
    if (TRAEFIK.matcher(text).find()) kinds.add(FileKind.PROXY);
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    // app.yaml is too common a name on its own; Google App Engine's has a top-level runtime.
    if (name.matches("app\\.ya?ml") && APP_ENGINE.matcher(text).find()) kinds.add(FileKind.DEPLOY_TARGET);
  }

  /** A root mapping whose {@code services} is a mapping of mappings using compose service keys. */
  static boolean composeShaped(String text, String path) {
    List<Node> docs = YamlLoader.load(text, "discover", path, d -> { });
    if (docs.isEmpty() || !(docs.get(0) instanceof MappingNode root)) return false;
    for (NodeTuple t : root.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("services")
          && t.getValueNode() instanceof MappingNode services) {
        for (NodeTuple s : services.getValue()) {
          if (s.getValueNode() instanceof MappingNode svc) {
            for (NodeTuple kv : svc.getValue()) {
              if (kv.getKeyNode() instanceof ScalarNode key && COMPOSE_SERVICE_KEYS.contains(key.getValue())) return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean hasShebang(SourceFile file) {
    if (file.size() < 2) return false;
    // Read two bytes directly: a binary file without an extension must not produce a "binary" diagnostic.
    try (InputStream in = Files.newInputStream(file.absolute())) {
      byte[] b = in.readNBytes(2);
      return new String(b, StandardCharsets.ISO_8859_1).equals("#!");
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
