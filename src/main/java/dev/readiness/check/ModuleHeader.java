package dev.readiness.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The package path and the package-scoped {@code # METADATA} annotation of one Rego module, read from
 * the source text so that {@code rules} and {@code explain} work without compiling any policy.
 *
 * @param module the module it was read from
 * @param packagePath dotted package path without {@code data.}, e.g. {@code readiness.checks.security.container_non_root}
 * @param packageLine 1-based line of the package statement
 * @param annotation the METADATA block as YAML (title, description, custom, ...), empty when the module has none
 */
public record ModuleHeader(PolicyModule module, String packagePath, int packageLine, Map<String, Object> annotation) {

  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([A-Za-z_][\\w.]*(?:\\[\"[^\"]*\"\\][\\w.]*)*)\\s*(?:#.*)?$");
  private static final Pattern COMMENT = Pattern.compile("^\\s*#(.*)$");

  /**
   * Reads the header of a module.
   *
   * @throws InvalidPolicyException when there is no package statement or the METADATA block is not valid YAML
   */
  public static ModuleHeader read(PolicyModule module) {
    List<String> lines = module.source().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PACKAGE.matcher(lines.get(i));
      if (m.matches()) {
        return new ModuleHeader(module, normalise(m.group(1)), i + 1, annotationBefore(module, lines, i));
      }
    }
    throw new InvalidPolicyException(module.name() + ":1:1: no package statement");
  }

  /** The check ID declared in METADATA ({@code custom.id}), or null. */
  public String declaredId() { return stringAt("custom", "id"); }

  /** A string field of the annotation's {@code custom} map, or null. */
  public String custom(String key) { return stringAt("custom", key); }

  /** A list field of the annotation's {@code custom} map (a single string becomes a one-element list). */
  public List<String> customList(String key) {
    Object custom = annotation.get("custom");
    if (!(custom instanceof Map<?, ?> c)) return List.of();
    Object v = c.get(key);
    if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
    return v == null ? List.of() : List.of(String.valueOf(v));
  }

  /** A top-level string field of the annotation (title, description), or null. */
  public String field(String key) {
    Object v = annotation.get(key);
    return v == null ? null : String.valueOf(v).trim();
  }

  private String stringAt(String map, String key) {
    Object custom = annotation.get(map);
    if (!(custom instanceof Map<?, ?> c)) return null;
    Object v = c.get(key);
    return v == null ? null : String.valueOf(v).trim();
  }

  // The package annotation is the comment block that starts with "# METADATA" and runs without a
  // break up to the package statement (OPA's rule for package-scoped annotations).
  private static Map<String, Object> annotationBefore(PolicyModule module, List<String> lines, int packageIndex) {
    int start = packageIndex - 1;
    while (start >= 0 && COMMENT.matcher(lines.get(start)).matches()) start--;
    start++;
    int metadataAt = -1;
    for (int i = start; i < packageIndex; i++) {
      if (commentText(lines.get(i)).trim().equals("METADATA")) metadataAt = i;
    }
    if (metadataAt < 0) return Map.of();
    StringBuilder yaml = new StringBuilder();
    for (int i = metadataAt + 1; i < packageIndex; i++) yaml.append(commentText(lines.get(i))).append('\n');
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setAllowDuplicateKeys(false);
      Object parsed = new Yaml(options).load(yaml.toString());
      if (parsed == null) return Map.of();
      if (!(parsed instanceof Map<?, ?> map)) {
        throw new InvalidPolicyException(module.name() + ":" + (metadataAt + 2) + ":1: METADATA must be a YAML mapping");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    } catch (YAMLException e) {
      throw new InvalidPolicyException(module.name() + ":" + (metadataAt + 2) + ":1: invalid METADATA YAML: "
          + e.getMessage().replaceAll("\\s+", " "));
    }
  }

  // "# foo" → "foo": OPA strips the '#' and one following space so YAML indentation survives.
  private static String commentText(String line) {
    Matcher m = COMMENT.matcher(line);
    if (!m.matches()) return "";
    String t = m.group(1);
    return t.startsWith(" ") ? t.substring(1) : t;
  }

  private static String normalise(String path) {
    String p = path.replaceAll("\\[\"([^\"]*)\"\\]", ".$1");
    return p.startsWith("data.") ? p.substring(5) : p;
  }
}
