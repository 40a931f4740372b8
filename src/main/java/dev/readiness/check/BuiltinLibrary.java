package dev.readiness.check;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.compile.CompiledForm;
import dev.readiness.policy.rego.compile.CompiledPolicy;
import dev.readiness.policy.rego.compile.Compiler;
import dev.readiness.policy.rego.compile.RegoError;
import dev.readiness.policy.rego.ast.Module;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in policy library compiled at build time ({@value #RESOURCE}, written by {@link #main} when
 * Maven processes the classes), so a scan neither reads the policies out of the jar one by one, nor
 * parses or compiles Rego, nor parses METADATA: the modules' sources, their headers and the compiled
 * policy come from one file. It holds the built-in modules only (their tests excluded); users'
 * {@code --policy} directories are compiled from source as before, with the library's modules beside
 * them. When the file is missing, unreadable or (outside a jar) older than the policies next to it,
 * everything is read and compiled from the sources.
 */
final class BuiltinLibrary {
  /** Classpath location of the stored library. */
  static final String RESOURCE = PolicySources.BUILTIN_ROOT + "/library.bin";
  private static final int MAGIC = 0x52444c42; // "RDLB"
  private static final int FORMAT = 1;

  private final List<PolicyModule> modules;
  private final Map<String, ModuleHeader> headers;
  private final CompiledPolicy compiled;

  private BuiltinLibrary(List<PolicyModule> modules, Map<String, ModuleHeader> headers, CompiledPolicy compiled) {
    this.modules = List.copyOf(modules);
    this.headers = headers;
    this.compiled = compiled;
  }

  private static final class Stored {
    static final Optional<BuiltinLibrary> LIBRARY = load();
  }

  /** The stored library, read once per JVM; empty when there is none to trust. */
  static Optional<BuiltinLibrary> stored() {
    return Stored.LIBRARY;
  }

  /** The built-in modules (sorted by path, tests excluded), as {@link PolicySources#builtinSources()} reads them. */
  List<PolicyModule> modules() { return modules; }

  /** The compiled policy of {@link #modules()} (shared: compiled policies are not changed by evaluation). */
  CompiledPolicy compiled() { return compiled; }

  /** Whether these are exactly the modules stored (same names and sources, same order). */
  boolean holds(List<PolicyModule> candidate) {
    return candidate == modules || modules.equals(candidate);
  }

  /** The header of a module, from the stored library when the module is one of it, else read from its source. */
  static ModuleHeader header(PolicyModule module) {
    Optional<BuiltinLibrary> lib = stored();
    if (lib.isPresent()) {
      ModuleHeader h = lib.get().headers.get(module.name());
      if (h != null && h.module().source().equals(module.source())) return h;
    }
    return ModuleHeader.read(module);
  }

  /** An engine over the stored compiled policy, when it holds exactly these modules. */
  static Optional<RegoPolicyEngine> engine(List<PolicyModule> modules, RegoPolicyEngine.Builder settings) {
    Optional<BuiltinLibrary> lib = stored();
    if (lib.isEmpty() || !lib.get().holds(modules)) return Optional.empty();
    return Optional.of(settings.build(lib.get().compiled()));
  }

  private static Optional<BuiltinLibrary> load() {
    URL url = BuiltinLibrary.class.getClassLoader().getResource(RESOURCE);
    if (url == null) return Optional.empty();
    try (InputStream raw = url.openStream();
         DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      BuiltinLibrary lib = read(in);
      // An exploded class directory (a developer's build) may hold policies edited after the file was
      // written; a jar is built as a whole.
      if ("file".equals(url.getProtocol()) && !lib.holds(PolicySources.builtinSources())) return Optional.empty();
      return Optional.of(lib);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static BuiltinLibrary read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) throw new IOException("not a stored library of this version");
    int n = in.readInt();
    List<PolicyModule> modules = new ArrayList<>(n);
    Map<String, ModuleHeader> headers = new HashMap<>();
    for (int i = 0; i < n; i++) {
      PolicyModule m = new PolicyModule(in.readUTF(), text(in));
      modules.add(m);
      String packagePath = in.readUTF();
      int line = in.readInt();
      @SuppressWarnings("unchecked")
      Map<String, Object> annotation = (Map<String, Object>) CompiledForm.readPlain(in);
      headers.put(m.name(), new ModuleHeader(m, packagePath, line, annotation));
    }
    return new BuiltinLibrary(modules, headers, CompiledForm.read(in));
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * The stored form of a library: every module with its source and header, then the modules compiled
   * together as {@link Engines#REGO} compiles them.
   *
   * @throws PolicyException when a module does not parse or the library does not compile
   */
  static byte[] build(List<PolicyModule> modules) throws PolicyException, IOException {
    List<Module> parsed = new ArrayList<>();
    for (PolicyModule m : modules) parsed.add(RegoPolicyEngine.parse(m.name(), m.source()));
    CompiledPolicy compiled;
    try {
      compiled = new Compiler(BuiltinRegistry.standard()).compile(parsed);
    } catch (RegoError e) {
      throw e.toPolicyException();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(modules.size());
      for (PolicyModule m : modules) {
        ModuleHeader h = ModuleHeader.read(m);
        out.writeUTF(m.name());
        byte[] source = m.source().getBytes(StandardCharsets.UTF_8);
        out.writeInt(source.length);
        out.write(source);
        out.writeUTF(h.packagePath());
        out.writeInt(h.packageLine());
        CompiledForm.writePlain(h.annotation(), out);
      }
      CompiledForm.write(compiled, out);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes the stored library of the policies on the classpath to the file named by the one argument
   * (run by Maven at process-classes, after the policies are copied into the classes directory).
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) throw new IllegalArgumentException("usage: BuiltinLibrary OUTPUT_FILE");
    Path out = Path.of(args[0]);
    Files.deleteIfExists(out);
    byte[] bytes = build(PolicySources.builtinSources());
    Files.write(out, bytes);
    System.out.println("readiness: compiled the built-in policy library into " + out + " (" + bytes.length + " bytes)");
  }
}
