package dev.readiness.config;

import dev.readiness.check.Categories;
import dev.readiness.check.CheckCatalog;
import dev.readiness.discover.Glob;
import dev.readiness.check.Severity;
import dev.readiness.usage.UsageException;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .readiness.yml}. The file is strict on purpose: a typo in a key or a value would
 * otherwise silently weaken a CI gate, so anything unknown or mistyped is a usage error (exit 2)
 * naming the file and line.
 */
public final class ConfigLoader {
  /** Categories a threshold may name. */

  private static final Set<String> TOP_KEYS =
      Set.of("failUnder", "failUnderCategory", "failOn", "exclude", "checks", "suppressions", "policies", "levels");
  private static final Set<String> LEVEL_KEYS = Set.of("name", "minScore", "noBlockers");
  private static final Set<String> CHECK_KEYS = Set.of("enabled", "severity");
  private static final Set<String> SUPPRESSION_KEYS = Set.of("id", "path", "reason", "expires");
  private static final Pattern CHECK_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
  private static final long MAX_BYTES = 1024 * 1024;

  private final String displayName;

  private ConfigLoader(String displayName) { this.displayName = displayName; }

  /**
   * Loads a configuration file.
   *
   * @param file the file to read
   * @param required true when the user named it (a missing file is then an error); false for the default location
   */
  public static ReadinessConfig load(Path file, boolean required) {
    if (!Files.exists(file)) {
      if (required) throw new UsageException("config file not found: " + file);
      return ReadinessConfig.empty();
    }
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) throw new UsageException(file + ": config file larger than 1 MiB");
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read config file " + file + ": " + dev.readiness.text.IoReasons.of(e), e);
    }
    ReadinessConfig parsed = parse(text, file.toString());
    return withPolicyDirsResolved(parsed, file.toAbsolutePath().getParent());
  }

  /** Parses configuration text; {@code displayName} is used in error messages. */
  public static ReadinessConfig parse(String text, String displayName) {
    return new ConfigLoader(displayName).parseText(text);
  }

  /**
   * Checks that every check ID the configuration names exists in the catalog; called once the catalog is
   * known (it depends on --policy and --no-builtin).
   */
  public static void validateCheckIds(ReadinessConfig config, Collection<String> knownIds) {
    for (Map.Entry<String, Integer> e : config.checkLines().entrySet()) {
      if (!knownIds.contains(e.getKey())) {
        throw new UsageException(config.file() + ":" + e.getValue() + ": unknown check ID '" + e.getKey() + "'"
            + suggestion(e.getKey(), knownIds));
      }
    }
    for (ConfiguredSuppression s : config.suppressions()) {
      if (!knownIds.contains(s.id())) {
        throw new UsageException(s.source() + ": suppression names unknown check ID '" + s.id() + "'"
            + suggestion(s.id(), knownIds));
      }
    }
  }

  private static ReadinessConfig withPolicyDirsResolved(ReadinessConfig c, Path base) {
    List<String> dirs = new ArrayList<>();
    for (String p : c.policies()) dirs.add(base == null ? p : base.resolve(p).normalize().toString());
    return new ReadinessConfig(c.file(), c.failUnder(), c.failUnderCategory(), c.failOn(), c.exclude(), c.checks(),
        c.suppressions(), List.copyOf(dirs), c.checkLines(), c.levels());
  }

  private ReadinessConfig parseText(String text) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Node> docs = YamlLoader.load(text, "config", displayName, problems::add);
    if (!problems.isEmpty()) {
      Diagnostic d = problems.get(0);
      throw new UsageException(displayName + (d.line() == null ? "" : ":" + d.line()) + ": " + d.message());
    }
    if (docs.isEmpty()) {
      return new ReadinessConfig(displayName, null, Map.of(), null, List.of(), Map.of(), List.of(), List.of(), Map.of(), List.of());
    }
    if (docs.size() > 1) throw error(docs.get(1), "only one YAML document is allowed");
    MappingNode root = mapping(docs.get(0), "the configuration");

    Double failUnder = null;
    Map<String, Double> failUnderCategory = new LinkedHashMap<>();
    Severity failOn = null;
    List<String> exclude = List.of();
    Map<String, CheckOverride> checks = new LinkedHashMap<>();
    Map<String, Integer> checkLines = new LinkedHashMap<>();
    List<ConfiguredSuppression> suppressions = new ArrayList<>();
    List<String> policies = List.of();
    List<ConfiguredLevel> levels = new ArrayList<>();

    for (NodeTuple t : root.getValue()) {
      String key = keyOf(t);
      Node v = t.getValueNode();
      if (!TOP_KEYS.contains(key)) throw error(t.getKeyNode(), unknownKey(key, TOP_KEYS));
      switch (key) {
        case "failUnder":
          failUnder = score(v, "failUnder");
          break;
        case "failUnderCategory":
          for (NodeTuple c : mapping(v, "failUnderCategory").getValue()) {
            String cat = keyOf(c);
            if (!Categories.SCORED.contains(cat)) throw error(c.getKeyNode(), unknownKey(cat, Categories.SCORED));
            failUnderCategory.put(cat, score(c.getValueNode(), "failUnderCategory." + cat));
          }
          break;
        case "failOn":
          failOn = severity(v, "failOn");
          break;
        case "exclude":
          exclude = strings(v, "exclude");
          for (String g : exclude) checkGlob(v, g);
          break;
        case "policies":
          policies = strings(v, "policies");
          break;
        case "checks":
          for (NodeTuple c : mapping(v, "checks").getValue()) {
            String id = keyOf(c);
            if (!CHECK_ID.matcher(id).matches()) throw error(c.getKeyNode(), "'" + id + "' is not a check ID");
            checks.put(id, override(c.getValueNode(), id));
            checkLines.put(id, YamlLoader.line(c.getKeyNode()));
          }
          break;
        case "suppressions":
          for (Node s : sequence(v, "suppressions").getValue()) suppressions.add(suppression(s));
          break;
        case "levels":
          for (Node l : sequence(v, "levels").getValue()) levels.add(level(l, levels));
          break;
        default:
          throw new IllegalStateException(key);
      }
    }
    return new ReadinessConfig(displayName, failUnder, Collections.unmodifiableMap(failUnderCategory), failOn,
        exclude, Collections.unmodifiableMap(checks), List.copyOf(suppressions), policies,
        Collections.unmodifiableMap(checkLines), List.copyOf(levels));
  }

  private ConfiguredLevel level(Node node, List<ConfiguredLevel> before) {
    String name = null;
    Double minScore = null;
    boolean noBlockers = false;
    for (NodeTuple t : mapping(node, "a level").getValue()) {
      String key = keyOf(t);
      if (!LEVEL_KEYS.contains(key)) throw error(t.getKeyNode(), unknownKey(key, LEVEL_KEYS));
      Node v = t.getValueNode();
      switch (key) {
        case "name" -> name = string(v, "levels.name");
        case "minScore" -> minScore = score(v, "levels.minScore");
        default -> noBlockers = bool(v, "levels.noBlockers");
      }
    }
    if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_-]+")) {
      throw error(node, "a level needs a 'name' of letters, digits, '-' or '_'");
    }
    if (minScore == null) throw error(node, "level '" + name + "' needs a 'minScore' from 0 to 10");
    for (ConfiguredLevel b : before) {
      if (b.name().equals(name)) throw error(node, "level '" + name + "' is defined twice");
    }
    return new ConfiguredLevel(name, minScore, noBlockers, YamlLoader.line(node));
  }

  private CheckOverride override(Node node, String id) {
    Boolean enabled = null;
    Severity severity = null;
    for (NodeTuple t : mapping(node, "checks." + id).getValue()) {
      String key = keyOf(t);
      if (!CHECK_KEYS.contains(key)) throw error(t.getKeyNode(), unknownKey(key, CHECK_KEYS));
      if (key.equals("enabled")) enabled = bool(t.getValueNode(), "checks." + id + ".enabled");
      else severity = severity(t.getValueNode(), "checks." + id + ".severity");
    }
    return new CheckOverride(enabled, severity, YamlLoader.line(node));
  }

  private ConfiguredSuppression suppression(Node node) {
    MappingNode m = mapping(node, "a suppression");
    String id = null;
    String path = null;
    String reason = null;
    LocalDate expires = null;
    for (NodeTuple t : m.getValue()) {
      String key = keyOf(t);
      if (!SUPPRESSION_KEYS.contains(key)) throw error(t.getKeyNode(), unknownKey(key, SUPPRESSION_KEYS));
      Node v = t.getValueNode();
      switch (key) {
        case "id":
          id = string(v, "suppression id");
          if (!CHECK_ID.matcher(id).matches()) throw error(v, "'" + id + "' is not a check ID");
          break;
        case "path":
          path = glob(v, "suppression path");
          break;
        case "reason":
          reason = string(v, "suppression reason");
          break;
        default:
          expires = date(v);
      }
    }
    if (id == null) throw error(node, "a suppression needs an 'id'");
    return new ConfiguredSuppression(id, path, reason, expires, displayName, YamlLoader.line(node));
  }

  private String glob(Node v, String what) {
    String g = string(v, what);
    checkGlob(v, g);
    return g;
  }

  private void checkGlob(Node at, String glob) {
    String problem = globProblem(glob);
    if (problem != null) throw error(at, problem);
  }

  /** What is wrong with an exclude or suppression glob, or null when it is valid. */
  static String globProblem(String glob) {
    String problem = Glob.problem(glob);
    return problem == null ? null : "invalid glob '" + glob + "': " + problem;
  }

  private LocalDate date(Node v) {
    String s = string(v, "expires");
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error(v, "expires must be a date like 2027-03-01, got '" + s + "'");
    }
  }

  private Double score(Node v, String what) {
    String s = string(v, what);
    double d;
    try {
      d = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw error(v, what + " must be a number from 0 to 10, got '" + s + "'");
    }
    if (!(d >= 0 && d <= 10)) throw error(v, what + " must be a number from 0 to 10, got " + s);
    return d;
  }

  private Severity severity(Node v, String what) {
    String s = string(v, what);
    try {
      return Severity.parse(s);
    } catch (IllegalArgumentException e) {
      throw error(v, what + ": " + e.getMessage());
    }
  }

  private Boolean bool(Node v, String what) {
    String s = string(v, what).toLowerCase(Locale.ROOT);
    if (s.equals("true")) return Boolean.TRUE;
    if (s.equals("false")) return Boolean.FALSE;
    throw error(v, what + " must be true or false, got '" + s + "'");
  }

  private List<String> strings(Node v, String what) {
    if (v instanceof ScalarNode) return List.of(string(v, what));
    List<String> out = new ArrayList<>();
    for (Node n : sequence(v, what).getValue()) out.add(string(n, what + " entry"));
    return List.copyOf(out);
  }

  private String string(Node v, String what) {
    if (!(v instanceof ScalarNode)) throw error(v, what + " must be a single value, not a " + kind(v));
    return ((ScalarNode) v).getValue();
  }

  private MappingNode mapping(Node v, String what) {
    if (!(v instanceof MappingNode)) throw error(v, what + " must be a mapping, not a " + kind(v));
    return (MappingNode) v;
  }

  private SequenceNode sequence(Node v, String what) {
    if (!(v instanceof SequenceNode)) throw error(v, what + " must be a list, not a " + kind(v));
    return (SequenceNode) v;
  }

  private String keyOf(NodeTuple t) {
    return string(t.getKeyNode(), "a key");
  }

  private UsageException error(Node at, String message) {
    return new UsageException(displayName + ":" + YamlLoader.line(at) + ": " + message);
  }

  private static String kind(Node v) {
    if (v instanceof MappingNode) return "mapping";
    if (v instanceof SequenceNode) return "list";
    return "value";
  }

  private static String unknownKey(String key, Collection<String> allowed) {
    return "unknown key '" + key + "' (expected one of: " + String.join(", ", allowed.stream().sorted().toList()) + ")";
  }

  private static String suggestion(String id, Collection<String> known) {
    List<String> close = CheckCatalog.closest(id, known, 1);
    return close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)";
  }

}
