package dev.readiness.policy.wasm;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of an OPA bundle built with {@code opa build -t wasm}: its wasm modules, the merged
 * {@code data.json} documents and the manifest (or a bare {@code policy.wasm} with empty data).
 *
 * @param source file name for messages
 * @param modules wasm modules by bundle path ("/policy.wasm")
 * @param data the base document ({@code data})
 * @param manifest the parsed /.manifest, or an empty object
 */
public record WasmBundle(String source, Map<String, byte[]> modules, ObjectValue data, ObjectValue manifest) {
  static final long MAX_ENTRY = 64L << 20;
  static final long MAX_TOTAL = 256L << 20;
  private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

  /** Loads a .tar.gz bundle or a bare .wasm module (told apart by content, not by name). */
  public static WasmBundle load(Path file) throws PolicyException {
    String where = file.toString();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    } catch (IOException e) {
      throw new PolicyException("wasm_load_error", "cannot read the bundle: " + dev.readiness.text.IoReasons.of(e), where);
    }
    try {
      if (java.util.Arrays.equals(head, WASM_MAGIC)) {
        if (Files.size(file) > MAX_ENTRY) throw new PolicyException("wasm_load_error", "module larger than 64 MB", where);
        return new WasmBundle(where, Map.of("/policy.wasm", Files.readAllBytes(file)), ObjectValue.EMPTY, ObjectValue.EMPTY);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return fromTarGz(in, where);
      }
    } catch (IOException e) {
      throw new PolicyException("wasm_load_error", "cannot read the bundle: " + dev.readiness.text.IoReasons.of(e), where);
    }
  }

  /** Reads a bundle archive; data.json files in sub-directories are placed at their directory's path. */
  public static WasmBundle fromTarGz(InputStream in, String where) throws PolicyException {
    Map<String, byte[]> files;
    try {
      files = new TarGzReader(MAX_ENTRY, MAX_TOTAL).read(in);
    } catch (IOException e) {
      throw new PolicyException("wasm_load_error", "not an OPA bundle (.tar.gz): " + dev.readiness.text.IoReasons.of(e), where);
    }
    ObjectValue manifest = ObjectValue.EMPTY;
    if (files.containsKey("/.manifest")) {
      Value m = parseJson(files.get("/.manifest"), where + ":/.manifest");
      if (!(m instanceof ObjectValue mo)) throw new PolicyException("wasm_load_error", "/.manifest is not a JSON object", where);
      manifest = mo;
    }
    Map<String, byte[]> modules = new TreeMap<>();
    for (String path : modulePaths(manifest, files)) {
      byte[] wasm = files.get(path);
      if (wasm == null) throw new PolicyException("wasm_load_error", "the manifest names " + path + " but the bundle has no such file", where);
      modules.put(path, wasm);
    }
    if (modules.isEmpty()) {
      throw new PolicyException("wasm_load_error", "the bundle holds no policy.wasm (build it with `opa build -t wasm`)", where);
    }
    ObjectValue data = ObjectValue.EMPTY;
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      String path = e.getKey();
      if (!path.equals("/data.json") && !path.endsWith("/data.json")) continue;
      Value doc = parseJson(e.getValue(), where + ":" + path);
      List<String> dir = segments(path.substring(0, path.length() - "/data.json".length()));
      data = mergeAt(data, dir, doc, where + ":" + path);
    }
    return new WasmBundle(where, modules, data, manifest);
  }

  private static List<String> modulePaths(ObjectValue manifest, Map<String, byte[]> files) {
    List<String> out = new ArrayList<>();
    Value wasm = manifest.get("wasm");
    if (wasm instanceof dev.readiness.policy.rego.value.ArrayValue list) {
      for (Value entry : list.elements()) {
        if (entry instanceof ObjectValue o && o.get("module") instanceof StringValue s) {
          String path = TarGzReader.normalize(s.value());
          if (!out.contains(path)) out.add(path);
        }
      }
    }
    if (out.isEmpty()) {
      for (String path : files.keySet()) if (path.endsWith(".wasm")) out.add(path);
    }
    return out;
  }

  private static Value parseJson(byte[] bytes, String where) throws PolicyException {
    try {
      return Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new PolicyException("wasm_load_error", e.getMessage(), where);
    }
  }

  private static List<String> segments(String dir) {
    List<String> out = new ArrayList<>();
    for (String s : dir.split("/")) if (!s.isEmpty()) out.add(s);
    return out;
  }

  private static ObjectValue mergeAt(ObjectValue base, List<String> path, Value doc, String where) throws PolicyException {
    if (path.isEmpty()) {
      if (!(doc instanceof ObjectValue o)) {
        throw new PolicyException("wasm_load_error", "data.json at the bundle root must be an object", where);
      }
      return merge(base, o, where);
    }
    Value child = base.get(path.get(0));
    ObjectValue inner = child instanceof ObjectValue co ? co : ObjectValue.EMPTY;
    if (child != null && !(child instanceof ObjectValue) && !(child instanceof NullValue)) {
      throw new PolicyException("wasm_load_error", "data conflict at " + path.get(0), where);
    }
    Value merged = path.size() == 1 && !(doc instanceof ObjectValue) ? doc : mergeAt(inner, path.subList(1, path.size()), doc, where);
    TreeMap<Value, Value> out = new TreeMap<>(base.entries());
    out.put(StringValue.of(path.get(0)), merged);
    return ObjectValue.of(out);
  }

  private static ObjectValue merge(ObjectValue a, ObjectValue b, String where) throws PolicyException {
    TreeMap<Value, Value> out = new TreeMap<>(a.entries());
    for (Map.Entry<Value, Value> e : b.entries().entrySet()) {
      Value existing = out.get(e.getKey());
      if (existing instanceof ObjectValue ea && e.getValue() instanceof ObjectValue eb) {
        out.put(e.getKey(), merge(ea, eb, where));
      } else if (existing != null && !existing.equals(e.getValue())) {
        throw new PolicyException("wasm_load_error", "data conflict at " + Json.write(e.getKey()), where);
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return ObjectValue.of(out);
  }
}
