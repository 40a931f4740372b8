package dev.readiness.scan.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps one container's inspect JSON (Docker or podman's compatible API) to {@link ContainerFacts}. */
final class ContainerFactsMapper {
  static final String PROJECT_LABEL = "com.docker.compose.project";
  static final String SERVICE_LABEL = "com.docker.compose.service";
  private static final int MAX_PROBE_OUTPUT = 500;
  /** The capabilities Docker and podman grant by default. */
  private static final Set<String> DEFAULT_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
      "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
  private static final Set<String> SOCKET_PATHS = Set.of("/var/run/docker.sock", "/run/docker.sock");
  private static final Set<String> SENSITIVE_EXACT = Set.of("/", "/home", "/var/run", "/run", "/var/lib/docker");
  private static final List<String> SENSITIVE_TREES = List.of("/etc", "/root", "/proc", "/sys", "/boot", "/dev");

  private ContainerFactsMapper() {}

  static ContainerFacts map(JsonNode inspect) {
    return map(inspect, null);
  }

  /**
   * @param libpod podman's native inspect of the same container, or null: podman's compatible API drops
   *     the log size limit (LogConfig.Config is null), its native API keeps it in LogConfig.Size
   */
  static ContainerFacts map(JsonNode inspect, JsonNode libpod) {
    JsonNode config = inspect.path("Config");
    JsonNode host = inspect.path("HostConfig");
    JsonNode state = inspect.path("State");
    Map<String, String> labels = strings(config.path("Labels"));
    boolean hasHealthcheck = hasHealthcheck(config.path("Healthcheck"));
    return new ContainerFacts(
        text(inspect, "Id"),
        stripSlash(text(inspect, "Name")),
        text(config, "Image"),
        text(inspect, "Image"),
        labels.get(PROJECT_LABEL),
        labels.get(SERVICE_LABEL),
        config.path("User").asText(""),
        host.path("Privileged").asBoolean(false),
        capabilities(host.path("CapAdd")),
        capDrop(capabilities(host.path("CapDrop")), capabilities(host.path("CapAdd"))),
        mounts(inspect.path("Mounts")),
        host.path("NetworkMode").asText(""),
        host.path("PidMode").asText(""),
        host.path("IpcMode").asText(""),
        host.path("UsernsMode").asText(""),
        list(host.path("SecurityOpt")),
        host.path("ReadonlyRootfs").asBoolean(false),
        restartPolicy(host.path("RestartPolicy")),
        Math.max(0, host.path("Memory").asLong(0)),
        nanoCpus(host),
        pidsLimit(host.path("PidsLimit")),
        host.path("LogConfig").path("Type").asText(""),
        logOptions(host.path("LogConfig"), libpod),
        hasHealthcheck,
        health(state, hasHealthcheck),
        lastProbeOutput(state),
        ports(inspect.path("NetworkSettings").path("Ports"), host.path("PortBindings")),
        state.path("Status").asText(""),
        text(state, "StartedAt"),
        inspect.path("RestartCount").asInt(0));
  }

  private static Map<String, String> logOptions(JsonNode logConfig, JsonNode libpod) {
    Map<String, String> options = strings(logConfig.path("Config"));
    if (libpod != null && !options.containsKey("max-size")) {
      String size = libpod.path("HostConfig").path("LogConfig").path("Size").asText("").strip();
      // podman prints the limit as e.g. "10MB"; written the way Docker's max-size option spells it
      if (!size.isEmpty() && !size.startsWith("-") && !size.equals("0B")) {
        options.put("max-size", size.toLowerCase(java.util.Locale.ROOT).replaceAll("i?b$", ""));
      }
    }
    return options;
  }

  /** A healthcheck that exists and is not the explicit "NONE" (disabled). */
  private static boolean hasHealthcheck(JsonNode hc) {
    JsonNode test = hc.path("Test");
    if (!test.isArray() || test.isEmpty()) return false;
    return !"NONE".equalsIgnoreCase(test.get(0).asText());
  }

  /** Podman reports State.Health with an empty Status even for containers without a healthcheck. */
  private static String health(JsonNode state, boolean hasHealthcheck) {
    JsonNode h = state.has("Health") ? state.path("Health") : state.path("Healthcheck");
    String status = h.path("Status").asText("");
    if (!status.isEmpty()) return status;
    return hasHealthcheck ? "starting" : "none";
  }

  private static String lastProbeOutput(JsonNode state) {
    JsonNode h = state.has("Health") ? state.path("Health") : state.path("Healthcheck");
    JsonNode log = h.path("Log");
    if (!log.isArray() || log.isEmpty()) return null;
    String out = log.get(log.size() - 1).path("Output").asText("").strip();
    return out.length() > MAX_PROBE_OUTPUT ? out.substring(0, MAX_PROBE_OUTPUT) + "…" : out;
  }

  /** Docker spells capabilities without the CAP_ prefix; podman with it. Normalized without. */
  private static List<String> capabilities(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (String c : list(node)) out.add(c.startsWith("CAP_") ? c.substring(4) : c);
    return out;
  }

  /**
   * Podman expands "drop ALL" into the list of default capabilities it dropped; a drop list that,
   * with the re-added ones, covers every default capability is reported as "ALL" like Docker does.
   */
  private static List<String> capDrop(List<String> drop, List<String> add) {
    if (drop.contains("ALL")) return drop;
    Set<String> covered = new java.util.HashSet<>(drop);
    covered.addAll(add);
    return covered.containsAll(DEFAULT_CAPABILITIES) ? List.of("ALL") : drop;
  }

  private static String restartPolicy(JsonNode policy) {
    String name = policy.path("Name").asText("");
    return name.isEmpty() ? "no" : name;
  }

  /** NanoCpus when set, else the equivalent of CpuQuota/CpuPeriod (how --cpus is stored by some engines). */
  private static long nanoCpus(JsonNode host) {
    long nano = host.path("NanoCpus").asLong(0);
    if (nano > 0) return nano;
    long quota = host.path("CpuQuota").asLong(0);
    long period = host.path("CpuPeriod").asLong(0);
    return quota > 0 && period > 0 ? quota * 1_000_000_000L / period : 0;
  }

  private static Long pidsLimit(JsonNode node) {
    long v = node.asLong(0);
    return v > 0 ? v : null;
  }

  private static List<MountFacts> mounts(JsonNode node) {
    List<MountFacts> out = new ArrayList<>();
    for (JsonNode m : node) {
      String type = m.path("Type").asText("");
      String source = m.path("Source").asText("");
      String destination = m.path("Destination").asText("");
      boolean readOnly = m.has("RW") ? !m.path("RW").asBoolean(true) : m.path("Mode").asText("").contains("ro");
      boolean bind = type.equals("bind");
      boolean socket = SOCKET_PATHS.contains(destination)
          || (bind && (source.endsWith("/docker.sock") || source.endsWith("/podman.sock")));
      out.add(new MountFacts(type, source, destination, readOnly, socket, bind && sensitive(source)));
    }
    return out;
  }

  static boolean sensitive(String hostPath) {
    String p = hostPath.length() > 1 && hostPath.endsWith("/") ? hostPath.substring(0, hostPath.length() - 1) : hostPath;
    if (SENSITIVE_EXACT.contains(p)) return true;
    for (String tree : SENSITIVE_TREES) {
      if (p.equals(tree) || p.startsWith(tree + "/")) return true;
    }
    return p.endsWith("/docker.sock") || p.endsWith("/podman.sock");
  }

  /** NetworkSettings.Ports of a running container, falling back to the requested HostConfig.PortBindings. */
  private static List<PortFacts> ports(JsonNode live, JsonNode requested) {
    JsonNode source = live.isObject() && live.size() > 0 ? live : requested;
    List<PortFacts> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : source.properties()) {
      String[] spec = e.getKey().split("/", 2);
      int privatePort;
      try {
        privatePort = Integer.parseInt(spec[0]);
      } catch (NumberFormatException ex) {
        continue;
      }
      String protocol = spec.length > 1 ? spec[1] : "tcp";
      JsonNode bindings = e.getValue();
      if (bindings == null || !bindings.isArray() || bindings.isEmpty()) {
        out.add(new PortFacts(privatePort, null, null, protocol));
        continue;
      }
      for (JsonNode b : bindings) {
        String hp = b.path("HostPort").asText("");
        Integer publicPort = hp.isEmpty() ? null : parseIntOrNull(hp);
        String ip = b.path("HostIp").asText("");
        out.add(new PortFacts(privatePort, publicPort, ip.isEmpty() ? null : ip, protocol));
      }
    }
    out.sort(java.util.Comparator.comparingInt(PortFacts::privatePort).thenComparing(PortFacts::protocol));
    return out;
  }

  private static Integer parseIntOrNull(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> list(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isObject()) node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String stripSlash(String name) {
    return name != null && name.startsWith("/") ? name.substring(1) : name;
  }
}
