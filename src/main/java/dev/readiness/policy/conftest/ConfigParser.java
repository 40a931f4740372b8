package dev.readiness.policy.conftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.readiness.policy.rego.builtins.BuiltinException;
import dev.readiness.policy.rego.builtins.YamlBuiltins;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.scan.dockerfile.ConftestCommand;
import dev.readiness.scan.dockerfile.DockerfileAst;
import dev.readiness.scan.dockerfile.DockerfileParser;
import dev.readiness.scan.env.DotEnv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Parses configuration files into Rego values in the shapes conftest's parsers give, chosen by file name as
 * conftest does or forced by {@code --parser}. A parse failure is a {@link ConfigException} naming the file and,
 * where the parser knows it, the line.
 */
public final class ConfigParser {
  /** The formats understood (conftest's {@code --parser} names). */
  public static final Set<String> FORMATS =
      Set.of("json", "yaml", "toml", "ini", "properties", "xml", "dockerfile", "dotenv", "hcl2");

  private ConfigParser() {}

  /** A file that cannot be parsed (or a format that is not supported). */
  public static final class ConfigException extends Exception {
    public ConfigException(String message) {
      super(message);
    }
  }

  /** The format conftest picks for a file name, or null when it has none. */
  public static String formatOf(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")) return "dockerfile";
    if (lower.equals(".env") || lower.endsWith(".env") || lower.startsWith(".env.")) return "dotenv";
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (ext) {
      case "json" -> "json";
      case "yaml", "yml" -> "yaml";
      case "toml" -> "toml";
      case "ini" -> "ini";
      case "properties" -> "properties";
      case "xml" -> "xml";
      case "tf", "tfvars", "hcl" -> "hcl2";
      default -> null;
    };
  }

  /**
   * Parses text in a format. Multi-document YAML gives an array of the documents and a Dockerfile an array of
   * one command list, as conftest's parsers do (its engine then checks each array element as its own input).
   */
  public static Value parse(String format, String text, String file) throws ConfigException {
    try {
      return switch (format) {
        case "json" -> json(text, file);
        case "yaml" -> yaml(text, file);
        case "toml" -> toml(text, file);
        case "ini" -> ini(text);
        case "properties" -> properties(text, file);
        // an XML document may start with a byte order mark (XML 1.0 section 4.3.3; CycloneDX files often do)
        case "xml" -> xml(text.startsWith("\uFEFF") ? text.substring(1) : text, file);
        case "dockerfile" -> dockerfile(text, file);
        case "dotenv" -> dotenv(text, file);
        case "hcl2" -> Hcl2.parse(text, file);
        default -> throw new ConfigException(file + ": unknown parser " + format + " (one of " + String.join(", ",
            new java.util.TreeSet<>(FORMATS)) + ")");
      };
    } catch (StackOverflowError e) {
      throw new ConfigException(file + ": document nested too deeply");
    }
  }

  private static Value json(String text, String file) throws ConfigException {
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
  }

  private static final Pattern DOC_SEPARATOR = Pattern.compile("(?m)^---[ \\t]*(#.*)?$");

  private static Value yaml(String text, String file) throws ConfigException {
    // split on document markers the way conftest's YAML parser does, keeping line numbers for errors
    String[] parts = DOC_SEPARATOR.split(text, -1);
    List<Value> docs = new ArrayList<>();
    int lineOffset = 0;
    for (String part : parts) {
      if (!part.isBlank()) {
        try {
          Value v = YamlBuiltins.parse(part);
          if (!(v instanceof NullValue)) docs.add(v);
        } catch (BuiltinException e) {
          throw new ConfigException(file + ": " + shiftLine(e.getMessage().replaceFirst("^yaml\\.unmarshal: ", ""), lineOffset));
        }
      }
      lineOffset += (int) part.chars().filter(c -> c == '\n').count() + 1;
    }
    if (docs.isEmpty()) return NullValue.INSTANCE;
    return docs.size() == 1 ? docs.get(0) : new ArrayValue(docs);
  }

  private static String shiftLine(String message, int offset) {
    java.util.regex.Matcher m = Pattern.compile("line (\\d+)").matcher(message);
    if (offset == 0 || !m.find()) return message;
    return message.substring(0, m.start(1)) + (Integer.parseInt(m.group(1)) + offset) + message.substring(m.end(1));
  }

  private static Value toml(String text, String file) throws ConfigException {
    try {
      JsonNode node = new TomlMapper().readTree(text);
      return Json.fromNode(node);
    } catch (java.io.IOException e) {
      throw new ConfigException(file + ": " + e.getMessage().lines().findFirst().orElse("invalid TOML"));
    }
  }

  /**
   * INI as conftest's go-ini reading: an object of sections (keys before the first section, go-ini's DEFAULT, are
   * left out), each an object of keys; values that parse as numbers become numbers, booleans booleans.
   */
  private static Value ini(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    String section = null;
    for (String raw : text.split("\r?\n|\r", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) continue;
      if (line.startsWith("[") && line.contains("]")) {
        section = line.substring(1, line.indexOf(']')).strip();
        sections.computeIfAbsent(section, k -> new LinkedHashMap<>());
        continue;
      }
      int eq = indexOfSeparator(line);
      String key = (eq < 0 ? line : line.substring(0, eq)).strip();
      String value = eq < 0 ? "" : stripInlineComment(line.substring(eq + 1).strip());
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) value = value.substring(1, value.length() - 1);
      if (section != null && !section.equals("DEFAULT")) sections.get(section).put(key, value);
    }
    ObjectValue.Builder out = ObjectValue.builder();
    for (Map.Entry<String, Map<String, String>> s : sections.entrySet()) {
      if (s.getKey().equals("DEFAULT")) continue;
      ObjectValue.Builder keys = ObjectValue.builder();
      for (Map.Entry<String, String> e : s.getValue().entrySet()) keys.put(e.getKey(), typed(e.getValue()));
      out.put(s.getKey(), keys.build());
    }
    return out.build();
  }

  private static int indexOfSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) return colon;
    if (colon < 0) return eq;
    return Math.min(eq, colon);
  }

  private static String stripInlineComment(String v) {
    if (v.startsWith("\"") || v.startsWith("'")) return v;
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c == ';' || c == '#') && Character.isWhitespace(v.charAt(i - 1))) return v.substring(0, i).strip();
    }
    return v;
  }

  /** Go's strconv.ParseFloat then ParseBool, as conftest's INI parser converts values. */
  private static Value typed(String v) {
    if (v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return NumberValue.of(new BigDecimal(v));
    switch (v) {
      case "1", "t", "T", "TRUE", "true", "True" -> { return BoolValue.TRUE; }
      case "0", "f", "F", "FALSE", "false", "False" -> { return BoolValue.FALSE; }
      default -> { return StringValue.of(v); }
    }
  }

  private static Value properties(String text, String file) throws ConfigException {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    for (String k : p.stringPropertyNames()) out.put(StringValue.of(k), StringValue.of(p.getProperty(k)));
    return ObjectValue.of(out);
  }

  /**
   * XML in goxml2json's shape (conftest's XML parser): an element with only text is its text; otherwise an object
   * with attributes as {@code -name}, text as {@code #content} and child elements by name (repeated ones as an array).
   */
  private static Value xml(String text, String file) throws ConfigException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      Element root = b.parse(new InputSource(new StringReader(text))).getDocumentElement();
      return ObjectValue.builder().put(root.getTagName(), element(root)).build();
    } catch (SAXParseException e) {
      throw new ConfigException(file + ":" + e.getLineNumber() + ": " + e.getMessage());
    } catch (Exception e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
  }

  private static Value element(Element e) {
    Map<String, List<Value>> children = new LinkedHashMap<>();
    StringBuilder content = new StringBuilder();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element c) {
        children.computeIfAbsent(c.getTagName(), k -> new ArrayList<>()).add(element(c));
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        content.append(n.getNodeValue());
      }
    }
    NamedNodeMap attrs = e.getAttributes();
    String body = content.toString().strip();
    if (children.isEmpty() && attrs.getLength() == 0) return StringValue.of(body);
    ObjectValue.Builder out = ObjectValue.builder();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      out.put("-" + a.getNodeName(), StringValue.of(a.getNodeValue()));
    }
    if (!body.isEmpty()) out.put("#content", StringValue.of(body));
    for (Map.Entry<String, List<Value>> c : children.entrySet()) {
      out.put(c.getKey(), c.getValue().size() == 1 ? c.getValue().get(0) : new ArrayValue(c.getValue()));
    }
    return out.build();
  }

  /** conftest's shape: [[{Cmd, SubCmd, JSON, Flags, Value, Stage}, ...]] (one list; comments are not kept). */
  private static Value dockerfile(String text, String file) throws ConfigException {
    DockerfileAst ast = DockerfileParser.parse(text);
    if (!ast.problems().isEmpty()) {
      DockerfileAst.Problem p = ast.problems().get(0);
      throw new ConfigException(file + ":" + p.line() + ": parse dockerfile: " + p.message());
    }
    List<Value> cmds = new ArrayList<>();
    for (ConftestCommand c : ast.conftestView()) {
      ObjectValue.Builder o = ObjectValue.builder()
          .put("Cmd", StringValue.of(c.cmd()))
          .put("SubCmd", StringValue.of(c.subCmd()))
          .put("JSON", BoolValue.of(c.json()))
          .put("Flags", strings(c.flags()))
          .put("Value", strings(c.value()))
          .put("Stage", NumberValue.of(c.stage()));
      cmds.add(o.build());
    }
    return ArrayValue.of(new ArrayValue(cmds));
  }

  private static Value strings(List<String> xs) {
    if (xs == null || xs.isEmpty()) return NullValue.INSTANCE;
    List<Value> out = new ArrayList<>();
    for (String x : xs) out.add(StringValue.of(x));
    return new ArrayValue(out);
  }

  /** conftest's dotenv shape: an object of KEY to value (strings). */
  private static Value dotenv(String text, String file) throws ConfigException {
    List<String> problems = new ArrayList<>();
    List<DotEnv.Entry> entries = DotEnv.parse(text, file, "policy-check", d -> problems.add(d.file() + ":" + d.line() + ": " + d.message()));
    if (!problems.isEmpty()) throw new ConfigException(problems.get(0));
    TreeMap<Value, Value> out = new TreeMap<>();
    for (DotEnv.Entry e : entries) out.put(StringValue.of(e.key()), StringValue.of(e.value() == null ? "" : e.value()));
    return ObjectValue.of(out);
  }
}
