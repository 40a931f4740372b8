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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseYaml(String text, Location loc) throws ParseError {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(50);
    o.setNestingDepthLimit(50);
    o.setCodePointLimit(1024 * 1024);
    o.setAllowDuplicateKeys(false);
    try {
      Object doc = new Yaml(new SafeConstructor(o)).load(text);
      if (doc == null) return Map.of();
      if (!(doc instanceof Map<?, ?> m)) {
        throw new ParseError("invalid METADATA block: expected a YAML mapping", loc);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), normalize(e.getValue()));
      Object scope = out.get("scope");
      if (scope != null && !SCOPES.contains(String.valueOf(scope))) {
        throw new ParseError("invalid METADATA block: unknown scope " + scope
            + " (expected rule, document, package or subpackages)", loc);
      }
      return out;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ParseError("invalid METADATA block: YAML error " + oneLine(e.getProblem()),
          new Location(loc.file(), loc.line() + line, loc.column()));
    } catch (YAMLException e) {
      throw new ParseError("invalid METADATA block: " + oneLine(e.getMessage()), loc);
    }
  }

  /** Dates and other SnakeYAML types become strings so annotations convert cleanly to Rego values. */
  private static Object normalize(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> out.put(String.valueOf(k), normalize(val)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(normalize(x)));
      return out;
    }
    if (v instanceof java.util.Date d) return d.toInstant().toString();
    if (v instanceof byte[]) return "";
    return v;
  }

  private static String oneLine(String s) { return s == null ? "" : s.replace('\n', ' ').trim(); }

  Annotation toAnnotation(String defaultScope) {
    Object scope = yaml.get("scope");
    return new Annotation(scope == null ? defaultScope : String.valueOf(scope), yaml, loc);
  }
}
