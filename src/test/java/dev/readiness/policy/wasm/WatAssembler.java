package dev.readiness.policy.wasm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Assembles the test's WebAssembly text modules with wat2wasm (Debian package wabt); skips the test without it. */
final class WatAssembler {
  private final Path dir;

  WatAssembler(Path dir) {
    this.dir = dir;
  }

  /** The ABI stub with its placeholders replaced; JSON texts are escaped for a WAT string literal. */
  byte[] stub(int major, int minor, String extraImports, String entrypointsJson, String resultJson, String evalBody)
      throws IOException, InterruptedException {
    String template;
    try (InputStream in = WatAssembler.class.getResourceAsStream("/wasm/opa-abi-stub.wat")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String text = template;
    for (Map.Entry<String, String> e : Map.of(
        "EXTRA_IMPORTS", extraImports, "ABI_MAJOR", String.valueOf(major), "ABI_MINOR", String.valueOf(minor),
        "ENTRYPOINTS", watString(entrypointsJson), "RESULT", watString(resultJson), "EVAL_BODY", evalBody).entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    return assemble(text);
  }

  byte[] assemble(String wat) throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("wat2wasm"), "wat2wasm not installed: apt-get install wabt");
    Path source = Files.createTempFile(dir, "module", ".wat");
    Path out = source.resolveSibling(source.getFileName() + ".wasm");
    Files.writeString(source, wat);
    Process p = new ProcessBuilder("wat2wasm", source.toString(), "-o", out.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("wat2wasm failed: " + log);
    return Files.readAllBytes(out);
  }

  private static String watString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) return true;
    }
    return false;
  }
}
