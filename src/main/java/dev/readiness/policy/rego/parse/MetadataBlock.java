package dev.readiness.policy.rego.parse;

import dev.readiness.policy.rego.ast.Annotation;
import dev.readiness.policy.rego.ast.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** A {@code # METADATA} comment block: the comment lines after the marker, parsed as YAML. */
record MetadataBlock(int startLine, int endLine, Location loc, Map<String, Object> yaml) {

  private static final java.util.Set<String> SCOPES = java.util.Set.of("rule", "document", "package", "subpackages");

  /** Finds the METADATA blocks among the comments of a file. */
  static List<MetadataBlock> collect(String file, List<Lexer.Comment> comments) throws ParseError {
    List<MetadataBlock> out = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      Lexer.Comment c = comments.get(i);
      if (!c.text().trim().equals("METADATA")) continue;
      int j = i + 1;
      StringBuilder yaml = new StringBuilder();
      int last = c.line();
      while (j < comments.size() && comments.get(j).line() == last + 1 && comments.get(j).column() == c.column()) {
        String t = comments.get(j).text();
        yaml.append(t.startsWith(" ") ? t.substring(1) : t).append('\n');
        last = comments.get(j).line();
        j++;
      }
      Location loc = new Location(file, c.line(), c.column());
      out.add(new MetadataBlock(c.line(), last, loc, parseYaml(yaml.toString(), loc)));
      i = j - 1;
    }
    return out;
  }

  private static Map<String, Object> parseYaml(String text, Location loc) throws ParseError {
    Object doc = construct(text, loc);
    if (doc == null) return Map.of();
    if (!(doc instanceof Map<?, ?> m)) {
      throw new ParseError("invalid METADATA block: expected a YAML mapping", loc);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Normalizer normalizer = new Normalizer(loc);
    for (Map.Entry<?, ?> e : m.entrySet()) out.put(normalizer.key(e.getKey(), 0), normalizer.copy(e.getValue(), 1));
    Object scope = out.get("scope");
    if (scope != null && !SCOPES.contains(String.valueOf(scope))) {
      throw new ParseError("invalid METADATA block: unknown scope " + scope
          + " (expected rule, document, package or subpackages)", loc);
    }
    return out;
  }

  /** The block's YAML as SnakeYAML's safe constructor builds it; any failure of SnakeYAML is a parse error. */
  private static Object construct(String text, Location loc) throws ParseError {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(50);
    o.setNestingDepthLimit(50);
    o.setCodePointLimit(1024 * 1024);
    o.setAllowDuplicateKeys(false);
    try {
      return new Yaml(new SafeConstructor(o)).load(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ParseError("invalid METADATA block: YAML error " + oneLine(e.getProblem()),
          new Location(loc.file(), loc.line() + line, loc.column()));
    } catch (YAMLException e) {
      throw new ParseError("invalid METADATA block: " + oneLine(e.getMessage()), loc);
    } catch (RuntimeException e) {
      // SnakeYAML's constructors reject some malformed input with other exceptions (found by fuzzing):
      // NumberFormatException for !!int 0xZZ, IllegalArgumentException for !!binary "@@@" or a bad tag,
      // ClassCastException for !!binary on a mapping.
      throw new ParseError("invalid METADATA block: " + oneLine(String.valueOf(e.getMessage())), loc);
    }
  }

  /**
   * Copies the constructed YAML into plain maps and lists; dates and other SnakeYAML types become strings
   * so annotations convert cleanly to Rego values. Aliases are followed, so a self-referencing alias
   * ({@code &a [*a]}) or a few aliases multiplying each other would never end: both are refused.
   */
  private static final class Normalizer {
    private static final int MAX_DEPTH = 50;
    private static final int MAX_NODES = 10_000;
    private final Location loc;
    private int nodes;

    Normalizer(Location loc) { this.loc = loc; }

    Object copy(Object v, int depth) throws ParseError {
      if (depth > MAX_DEPTH) throw new ParseError("invalid METADATA block: nested deeper than " + MAX_DEPTH + " (recursive alias?)", loc);
      if (++nodes > MAX_NODES) throw new ParseError("invalid METADATA block: more than " + MAX_NODES + " values once aliases are expanded", loc);
      if (v instanceof Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) out.put(key(e.getKey(), depth), copy(e.getValue(), depth + 1));
        return out;
      }
      if (v instanceof List<?> l) {
        List<Object> out = new ArrayList<>();
        for (Object x : l) out.add(copy(x, depth + 1));
        return out;
      }
      if (v instanceof java.util.Date d) return d.toInstant().toString();
      if (v instanceof byte[]) return "";
      return v;
    }

    /** A mapping key as text; a collection key is copied first so its text stays within the limits. */
    String key(Object k, int depth) throws ParseError {
      return String.valueOf(k instanceof Map<?, ?> || k instanceof List<?> ? copy(k, depth + 1) : k);
    }
  }

  private static String oneLine(String s) { return s == null ? "" : s.replace('\n', ' ').trim(); }

  Annotation toAnnotation(String defaultScope) {
    Object scope = yaml.get("scope");
    return new Annotation(scope == null ? defaultScope : String.valueOf(scope), yaml, loc);
  }
}
