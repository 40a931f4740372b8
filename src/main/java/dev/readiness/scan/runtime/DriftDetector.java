package dev.readiness.scan.runtime;

import dev.readiness.model.ImageReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares running containers of the scanned compose projects with their declarations. Values are
 * normalized first so engine spellings (podman's localhost/ image prefix, "" for root, "" for no
 * restart policy) are not reported as drift.
 */
final class DriftDetector {
  private static final Pattern MEMORY = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b?)\\s*$");

  private final Map<String, List<DeclaredService>> byProject;

  DriftDetector(List<DeclaredService> declared) {
    this.byProject = declared.stream().collect(Collectors.groupingBy(s -> projectKey(s.project())));
  }

  List<DriftFinding> detect(List<ContainerFacts> containers) {
    List<DriftFinding> out = new ArrayList<>();
    for (ContainerFacts c : containers) {
      match(c).ifPresent(s -> compare(c, s, out));
    }
    return out;
  }

  /** The declared service a container belongs to: by compose labels, else by compose's naming scheme. */
  Optional<DeclaredService> match(ContainerFacts c) {
    if (c.composeProject() != null && c.composeService() != null) {
      return find(c.composeProject(), c.composeService());
    }
    if (c.name() == null) return Optional.empty();
    for (Map.Entry<String, List<DeclaredService>> e : byProject.entrySet()) {
      for (DeclaredService s : e.getValue()) {
        String project = e.getKey();
        String dash = project + "-" + s.name() + "-";
        String underscore = project + "_" + s.name() + "_";
        String name = c.name().toLowerCase(Locale.ROOT);
        if (numberedAfter(name, dash) || numberedAfter(name, underscore)) return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private Optional<DeclaredService> find(String project, String service) {
    return byProject.getOrDefault(projectKey(project), List.of()).stream()
        .filter(s -> s.name().equals(service)).findFirst();
  }

  private static boolean numberedAfter(String name, String prefix) {
    return name.startsWith(prefix) && name.length() > prefix.length()
        && name.substring(prefix.length()).chars().allMatch(Character::isDigit);
  }

  private static void compare(ContainerFacts c, DeclaredService s, List<DriftFinding> out) {
    // an image still holding ${VAR} was not resolved by the compose scanner: comparing it would only produce noise
    if (s.image() != null && !s.image().contains("$") && c.image() != null && !c.image().startsWith("sha256:")) {
      check(c, s, "image", s.image(), c.image(), DriftDetector::normalizeImage, out);
    }
    if (s.user() != null) check(c, s, "user", s.user(), c.user(), DriftDetector::normalizeUser, out);
    if (s.healthcheck() != null && s.healthcheck() != c.healthcheck()) {
      out.add(finding(c, s, "healthcheck", s.healthcheck() ? "declared" : "disabled",
          c.healthcheck() ? "present" : "none"));
    }
    check(c, s, "restart", s.restart() == null ? "no" : s.restart(), c.restartPolicy(), DriftDetector::normalizeRestart, out);
    String declaredPorts = declaredPorts(s);
    String actualPorts = actualPorts(c);
    if (declaredPorts != null && !declaredPorts.equals(actualPorts)) {
      out.add(finding(c, s, "ports", declaredPorts, actualPorts));
    }
    if (s.memory() != null) {
      Long bytes = memoryBytes(s.memory());
      if (bytes != null && bytes != c.memoryLimit()) {
        out.add(finding(c, s, "memory", s.memory(), c.memoryLimit() == 0 ? "unlimited" : String.valueOf(c.memoryLimit())));
      }
    }
    if (s.privileged() != c.privileged()) {
      out.add(finding(c, s, "privileged", String.valueOf(s.privileged()), String.valueOf(c.privileged())));
    }
  }

  private static void check(ContainerFacts c, DeclaredService s, String field, String declared, String actual,
      Function<String, String> normalize, List<DriftFinding> out) {
    if (!Objects.equals(normalize.apply(declared), normalize.apply(actual == null ? "" : actual))) {
      out.add(finding(c, s, field, declared, actual));
    }
  }

  private static DriftFinding finding(ContainerFacts c, DeclaredService s, String field, String declared, String actual) {
    return new DriftFinding(c.name(), s.name(), field, declared, actual, s.file(), s.lineOf(field));
  }

  /** Compose's project-name normalization: lower case, only [a-z0-9_-]. */
  static String projectKey(String project) {
    return project == null ? "" : project.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
  }

  static String normalizeImage(String ref) {
    String r = ref.trim();
    // podman names local images localhost/NAME; compose files name them NAME
    if (r.startsWith("localhost/")) r = r.substring("localhost/".length());
    ImageReference parsed = ImageReference.parse(r);
    return parsed == null ? "" : parsed.canonical();
  }

  static String normalizeUser(String user) {
    String u = user.trim();
    if (u.isEmpty()) return "root";
    String name = u.contains(":") ? u.substring(0, u.indexOf(':')) : u;
    String group = u.contains(":") ? u.substring(u.indexOf(':') + 1) : null;
    boolean rootName = name.equals("0") || name.equals("root");
    boolean rootGroup = group == null || group.equals("0") || group.equals("root");
    return rootName && rootGroup ? "root" : u;
  }

  static String normalizeRestart(String policy) {
    String p = policy.trim().toLowerCase(Locale.ROOT);
    if (p.isEmpty() || p.equals("none")) return "no";
    if (p.equals("any")) return "always";
    int colon = p.indexOf(':');
    return colon > 0 ? p.substring(0, colon) : p;
  }

  /** Published ports as "host->container/proto", sorted; null when a range makes exact comparison impossible. */
  private static String declaredPorts(DeclaredService s) {
    TreeSet<String> set = new TreeSet<>();
    for (DeclaredService.DeclaredPort p : s.ports()) {
      if (p.published() == null || p.published().isEmpty()) continue;
      if (p.published().contains("-") || p.target().contains("-")) return null;
      set.add(p.published() + "->" + p.target() + "/" + (p.protocol() == null ? "tcp" : p.protocol()));
    }
    return String.join(", ", set);
  }

  private static String actualPorts(ContainerFacts c) {
    TreeSet<String> set = new TreeSet<>();
    for (PortFacts p : c.ports()) {
      if (p.publicPort() != null) set.add(p.publicPort() + "->" + p.privatePort() + "/" + p.protocol());
    }
    return String.join(", ", set);
  }

  /** Compose memory strings (512m, 1g, 1.5GB, 1024k, bytes) in bytes; null when unparseable. */
  static Long memoryBytes(String value) {
    Matcher m = MEMORY.matcher(value);
    if (!m.matches()) return null;
    BigDecimal n = new BigDecimal(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    int shift = unit.isEmpty() ? 0 : "kmgt".indexOf(unit) + 1;
    return n.multiply(BigDecimal.valueOf(1L << (10 * shift))).longValue();
  }
}
