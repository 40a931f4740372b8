package dev.readiness.policy.rego.oracle;

import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A command-line probe of the interpreter in the shape of {@code opa eval}, for comparing by hand:
 * {@code RegoEval [-d FILE|DIR]... [-i INPUT.json] QUERY}.
 */
public final class RegoEval {
  private RegoEval() {}

  public static void main(String[] args) throws Exception {
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder();
    Value input = null;
    String query = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-d")) {
        Path p = Path.of(args[++i]);
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(x -> x.toString().endsWith(".rego")).sorted().toList()) {
            b.module(f.toString(), Files.readString(f));
          }
        }
      } else if (args[i].equals("-i")) {
        input = Json.parse(Files.readString(Path.of(args[++i])));
      } else {
        query = args[i];
      }
    }
    RegoPolicyEngine engine = b.build();
    List<Map<String, Value>> rows = engine.query("__q := " + query, input);
    for (Map<String, Value> row : rows) System.out.println(Json.write(row.get("__q")));
    if (rows.isEmpty()) System.out.println("undefined");
  }
}
