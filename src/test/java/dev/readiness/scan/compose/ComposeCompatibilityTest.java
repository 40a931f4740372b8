package dev.readiness.scan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.testing.TestRepo;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Compares the merged, interpolated services with what {@code docker-compose config} (Debian's
 * docker-compose 1.29) prints for the same chain of files. Each fixture under
 * src/test/resources/compose-compat/ lists its chain in a file named {@code chain}.
 */
class ComposeCompatibilityTest {

  @ParameterizedTest
  @ValueSource(strings = {"merge", "interpolation", "extends", "production"})
  void matchesDockerComposeConfig(String name) throws Exception {
    assumeTrue(dockerComposeAvailable(), "docker-compose is not installed (apt-get install docker-compose): skipping the comparison");
    Path dir = fixture(name);
    List<String> chain = Files.readAllLines(dir.resolve("chain")).stream().filter(s -> !s.isBlank()).toList();
    ComposeFacts facts = new ComposeScanner().scan(new TestRepo(dir).context());
    ComposeConfig ours = facts.projects().get(0).configs().stream().filter(c -> c.files().equals(chain)).findFirst()
        .orElseThrow(() -> new AssertionError("no config for " + chain + " in " + facts.projects()));
    Map<String, Object> theirs = composeConfig(dir, chain);
    @SuppressWarnings("unchecked")
    Map<String, Object> services = (Map<String, Object>) theirs.get("services");
    assertEquals(new TreeMap<>(services).keySet().stream().toList(), ours.services().stream().map(ComposeService::name).toList());
    for (ComposeService s : ours.services()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> t = (Map<String, Object>) services.get(s.name());
      assertEquals(project(t, dir), project(s), "service " + s.name() + " of " + name);
    }
  }

  /** Our facts reduced to what docker-compose config also shows. */
  private static Map<String, Object> project(ComposeService s) {
    Map<String, Object> m = new TreeMap<>();
    m.put("image", s.image() == null ? null : s.image().raw());
    m.put("build", s.build() == null ? null : s.build().context() + "@" + s.build().target());
    m.put("command", s.command() == null || s.command().contains("$") ? null : s.command());
    m.put("environment", s.environment().stream().map(EnvVar::key).sorted().toList());
    Map<String, String> labels = new TreeMap<>();
    labels.putAll(s.labels());
    m.put("labels", labels);
    m.put("ports", s.ports().stream().map(p -> p.hostIp() + "|" + p.published() + ":" + p.target() + "/" + p.protocol()).sorted().toList());
    m.put("expose", s.expose().stream().sorted().toList());
    m.put("volumes", s.volumes().stream().map(v -> v.type() + "|" + v.source() + ":" + v.target() + (v.readOnly() ? ":ro" : "")).sorted().toList());
    Map<String, String> deps = new TreeMap<>();
    s.dependsOn().forEach(d -> deps.put(d.service(), d.condition()));
    m.put("dependsOn", deps);
    m.put("healthcheck", s.healthcheck() == null ? null : s.healthcheck().test() + "@" + s.healthcheck().interval());
    m.put("logging", s.logging() == null ? null : s.logging().driver() + new TreeMap<>(s.logging().options()));
    m.put("deploy", s.deploy() == null ? null : s.deploy().replicas() + "/" + s.deploy().limits().memory());
    m.put("restart", s.restart());
    m.put("user", s.user());
    m.put("containerName", s.containerName());
    m.put("capAdd", s.capAdd().stream().sorted().toList());
    m.put("networks", s.networks().stream().sorted().toList());
    return m;
  }

  /** docker-compose's view in the same shape. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> project(Map<String, Object> t, Path dir) {
    Map<String, Object> m = new TreeMap<>();
    m.put("image", t.get("image"));
    Map<String, Object> build = (Map<String, Object>) t.get("build");
    m.put("build", build == null ? null : rel(dir, String.valueOf(build.get("context"))) + "@" + build.get("target"));
    Object cmd = t.get("command");
    m.put("command", cmd == null ? null : cmd instanceof List<?> l ? String.join(" ", (List<String>) l) : String.valueOf(cmd));
    m.put("environment", t.get("environment") == null ? List.of() : new TreeMap<>((Map<String, Object>) t.get("environment")).keySet().stream().toList());
    Map<String, String> labels = new TreeMap<>();
    ((Map<String, Object>) t.getOrDefault("labels", Map.of())).forEach((k, v) -> labels.put(k, String.valueOf(v)));
    m.put("labels", labels);
    List<String> ports = new ArrayList<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) t.getOrDefault("ports", List.of())) {
      ports.add(p.get("host_ip") + "|" + p.get("published") + ":" + p.get("target") + "/" + p.getOrDefault("protocol", "tcp"));
    }
    m.put("ports", ports.stream().sorted().toList());
    m.put("expose", ((List<Object>) t.getOrDefault("expose", List.of())).stream().map(String::valueOf).sorted().toList());
    List<String> volumes = new ArrayList<>();
    for (Object v : (List<Object>) t.getOrDefault("volumes", List.of())) {
      String[] parts = String.valueOf(v).split(":");
      boolean bind = parts[0].startsWith("/");
      String source = bind ? rel(dir, parts[0]) : parts[0];
      volumes.add((bind ? "bind" : "volume") + "|" + source + ":" + parts[1] + (parts.length > 2 && parts[2].equals("ro") ? ":ro" : ""));
    }
    m.put("volumes", volumes.stream().sorted().toList());
    Map<String, String> deps = new TreeMap<>();
    ((Map<String, Map<String, Object>>) t.getOrDefault("depends_on", Map.of())).forEach((k, v) -> deps.put(k, String.valueOf(v.get("condition"))));
    m.put("dependsOn", deps);
    Map<String, Object> hc = (Map<String, Object>) t.get("healthcheck");
    m.put("healthcheck", hc == null ? null : hc.get("test") + "@" + hc.get("interval"));
    Map<String, Object> logging = (Map<String, Object>) t.get("logging");
    m.put("logging", logging == null ? null : logging.get("driver") + new TreeMap<>((Map<String, Object>) logging.getOrDefault("options", Map.of())).toString());
    Map<String, Object> deploy = (Map<String, Object>) t.get("deploy");
    m.put("deploy", deploy == null ? null : deploy.get("replicas") + "/"
        + ((Map<String, Object>) ((Map<String, Object>) deploy.getOrDefault("resources", Map.of())).getOrDefault("limits", Map.of())).get("memory"));
    m.put("restart", t.get("restart"));
    m.put("user", t.get("user") == null ? null : String.valueOf(t.get("user")));
    m.put("containerName", t.get("container_name") == null ? null : String.valueOf(t.get("container_name")).replace("$$", "$"));
    m.put("capAdd", ((List<String>) t.getOrDefault("cap_add", List.of())).stream().sorted().toList());
    Object nets = t.get("networks");
    m.put("networks", nets == null ? List.of() : new TreeMap<>((Map<String, Object>) nets).keySet().stream().toList());
    return m;
  }

  private static String rel(Path dir, String abs) {
    Path p = Path.of(abs);
    return p.startsWith(dir) ? (p.equals(dir) ? "." : dir.relativize(p).toString()) : abs;
  }

  private static Map<String, Object> composeConfig(Path dir, List<String> chain) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("docker-compose"));
    for (String f : chain) {
      cmd.add("-f");
      cmd.add(f);
    }
    cmd.add("config");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    // Only the fixture's .env may feed interpolation, as in our scanner.
    pb.environment().keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("docker-compose config failed in " + dir);
    return new Yaml().load(out);
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ComposeCompatibilityTest.class.getResource("/compose-compat/" + name + "/chain").toURI()).getParent();
  }

  private static boolean dockerComposeAvailable() {
    try {
      Process p = new ProcessBuilder("docker-compose", "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
