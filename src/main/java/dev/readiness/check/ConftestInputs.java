package dev.readiness.check;

import dev.readiness.discover.Glob;
import dev.readiness.model.Diagnostic;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.scan.yaml.YamlLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The per-file inputs conftest would give a policy: YAML/JSON as parsed (a multi-document YAML file
 * gives one input per document, as conftest evaluates each document separately), a Dockerfile as
 * conftest's instruction list, a .env file as a key map whose values are the value kinds (values
 * never leave the scanner).
 */
public final class ConftestInputs {
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Value input;
  private final Path root;
  private final DockerfileView dockerfiles;
  private final Consumer<Diagnostic> diagnostics;

  /**
   * @param input the input document (its {@code target.path}, {@code files} and {@code envFiles} are read)
   * @param dockerfiles the Dockerfile parser's conftest-shaped view
   */
  public ConftestInputs(Value input, DockerfileView dockerfiles, Consumer<Diagnostic> diagnostics) {
    this.input = input;
    this.dockerfiles = dockerfiles;
    this.diagnostics = diagnostics;
    String path = string(at(input, "target", "path"));
    this.root = path == null ? null : Path.of(path);
  }

  /** The conftest-shaped view of a Dockerfile (supplied by the Dockerfile scanner). */
  @FunctionalInterface
  public interface DockerfileView {
    /** conftest's instruction list for the Dockerfile text, e.g. {@code [{"Cmd":"from","Value":["node:20"],...}]}. */
    Optional<Value> instructions(String file, String text);

    /** A view for builds without a Dockerfile parser: Dockerfiles are skipped. */
    DockerfileView NONE = (file, text) -> Optional.empty();
  }

  /** Repo-relative paths of the discovered files a per-file policy applies to ({@code custom.files}: the product's gitignore-style globs). */
  public List<String> matching(List<String> globs) {
    List<Glob> matchers = globs.stream().map(Glob::compile).toList();
    List<String> out = new ArrayList<>();
    for (Value f : elements(at(input, "files"))) {
      String path = string(at(f, "path"));
      if (path == null) continue;
      if (globs.isEmpty() ? kind(path) != null : matchers.stream().anyMatch(g -> g.matchesFile(path))) out.add(path);
    }
    return out;
  }

  /** The inputs for one file: one per document; empty when it cannot be read or parsed (a diagnostic says why). */
  public List<Value> inputs(String path) {
    String kind = kind(path);
    if (kind == null) kind = "yaml";
    if (kind.equals("env")) return envKeys(path).map(List::of).orElse(List.of());
    Optional<String> text = read(path);
    if (text.isEmpty()) return List.of();
    switch (kind) {
      case "dockerfile":
        return dockerfiles.instructions(path, text.get()).map(List::of).orElseGet(() -> {
          diagnostics.accept(Diagnostic.warning("policy", path, null, "no Dockerfile parser available for conftest-style policies"));
          return List.of();
        });
      case "json":
        try {
          return documents(Json.parse(text.get()));
        } catch (IllegalArgumentException e) {
          diagnostics.accept(Diagnostic.error("policy", path, null, "invalid JSON"));
          return List.of();
        }
      default:
        List<Value> docs = new ArrayList<>();
        for (Node n : YamlLoader.load(text.get(), "policy", path, diagnostics)) docs.add(Json.fromJava(toJava(n)));
        return docs;
    }
  }

  // conftest evaluates each element of a top-level array separately (its multi-document rule).
  private static List<Value> documents(Value v) {
    return v instanceof ArrayValue a ? a.elements() : List.of(v);
  }

  /** The conftest parser for a file name: yaml, json, dockerfile, env, or null when conftest has none we support. */
  static String kind(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("dockerfile") || lower.equals("containerfile") || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile")) {
      return "dockerfile";
    }
    if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) return "env";
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
    if (lower.endsWith(".json")) return "json";
    return null;
  }

  private Optional<Value> envKeys(String path) {
    for (Value e : elements(at(input, "envFiles"))) {
      if (!path.equals(string(at(e, "file")))) continue;
      ObjectValue.Builder b = ObjectValue.builder();
      for (Value k : elements(at(e, "keys"))) {
        String key = string(at(k, "key"));
        String kind = string(at(k, "kind"));
        if (key != null) b.put(key, StringValue.of(kind == null ? "text" : kind));
      }
      return Optional.of(b.build());
    }
    return Optional.empty();
  }

  private Optional<String> read(String path) {
    if (root == null) return Optional.empty();
    Path file = root.resolve(path).normalize();
    try {
      if (!file.startsWith(root) || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        diagnostics.accept(Diagnostic.warning("policy", path, null, "file skipped by conftest-style policies (missing or too large)"));
        return Optional.empty();
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
    } catch (CharacterCodingException e) {
      diagnostics.accept(Diagnostic.warning("policy", path, null, "not UTF-8 text; skipped by conftest-style policies"));
    } catch (IOException e) {
      diagnostics.accept(Diagnostic.warning("policy", path, null, "cannot read: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private static Object toJava(Node node) {
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        Object key = toJava(t.getKeyNode());
        out.put(String.valueOf(key), toJava(t.getValueNode()));
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (Node n : s.getValue()) out.add(toJava(n));
      return out;
    }
    ScalarNode s = (ScalarNode) node;
    String v = s.getValue();
    Tag tag = s.getTag();
    try {
      if (Tag.NULL.equals(tag)) return null;
      if (Tag.BOOL.equals(tag)) return List.of("true", "yes", "on", "y").contains(v.toLowerCase(Locale.ROOT));
      if (Tag.INT.equals(tag)) return new BigInteger(v.replace("_", ""));
      if (Tag.FLOAT.equals(tag)) return new BigDecimal(v.replace("_", ""));
    } catch (NumberFormatException e) {
      return v; // hex, octal, .inf and friends stay text: rare in configs and not worth guessing
    }
    return v;
  }

  static Value at(Value v, String... keys) {
    Value cur = v;
    for (String k : keys) {
      if (!(cur instanceof ObjectValue o)) return null;
      cur = o.get(k);
    }
    return cur;
  }

  static String string(Value v) {
    return v instanceof StringValue s ? s.value() : null;
  }

  static List<Value> elements(Value v) {
    if (v instanceof ArrayValue a) return a.elements();
    if (v instanceof dev.readiness.policy.rego.value.SetValue s) return new ArrayList<>(s.elements());
    return List.of();
  }
}
