package dev.readiness.policy.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs OPA's Rego conformance cases from the shared folder (never copied into the project), prints a
 * table per folder and per group, and fails when a group's pass count drops below the recorded floor.
 */
class ConformanceSuiteTest {
  private static final String GROUP_LANGUAGE = "Language";
  private static final String GROUP_CONFIG = "Builtins used by configuration policies";
  private static final String GROUP_OTHER = "Other builtins";

  @Test
  void conformance() throws IOException {
    String shared = System.getProperty("readiness.shared");
    assumeTrue(shared != null, "readiness.shared is not set: skipping the Rego conformance suite");
    Path root = Path.of(shared, "rego-conformance");
    Path cases = root.resolve("v1");
    assumeTrue(Files.isDirectory(cases), "no conformance cases at " + cases + ": skipping the Rego conformance suite");

    Map<String, String> groupOf = readGroups(root.resolve("README.md"));
    Skips skips = Skips.load();
    ObjectMapper mapper = new ObjectMapper();
    Map<String, int[]> perFolder = new TreeMap<>();
    Map<String, int[]> perGroup = new LinkedHashMap<>();
    for (String g : List.of(GROUP_LANGUAGE, GROUP_CONFIG, GROUP_OTHER)) perGroup.put(g, new int[3]);
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> s = Files.walk(cases)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String folder = cases.relativize(file).getName(0).toString();
      JsonNode doc = mapper.readTree(file.toFile());
      for (JsonNode c : doc.path("cases")) {
        String note = c.path("note").asText();
        int[] f = perFolder.computeIfAbsent(folder, k -> new int[3]);
        int[] g = perGroup.computeIfAbsent(groupOf.getOrDefault(folder, GROUP_OTHER), k -> new int[3]);
        if (skips.skipped(folder, note)) {
          f[2]++;
          g[2]++;
          continue;
        }
        ConformanceCase.Outcome o = new ConformanceCase(folder, note, c).run();
        if (o.passed()) {
          f[0]++;
          g[0]++;
        } else {
          f[1]++;
          g[1]++;
          failures.add(note + " (" + cases.relativize(file) + ")\n      " + o.reason());
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    StringBuilder table = new StringBuilder();
    table.append(String.format("%n%-45s %7s %7s %7s%n", "folder", "passed", "failed", "skipped"));
    perFolder.forEach((k, v) -> table.append(String.format("%-45s %7d %7d %7d%n", k, v[0], v[1], v[2])));
    table.append(String.format("%n%-45s %7s %7s %7s%n", "group", "passed", "failed", "skipped"));
    perGroup.forEach((k, v) -> table.append(String.format("%-45s %7d %7d %7d%n", k, v[0], v[1], v[2])));
    table.append(String.format("conformance run took %d ms%n", millis));
    System.out.println(table);
    Path report = Path.of("target", "conformance-report.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table + "\nFAILURES\n" + String.join("\n", failures) + "\n", StandardCharsets.UTF_8);

    Properties floor = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/conformance-floor.properties")) {
      if (in != null) floor.load(in);
    }
    List<String> below = new ArrayList<>();
    checkFloor(floor, "language", perGroup.get(GROUP_LANGUAGE), below);
    checkFloor(floor, "config_builtins", perGroup.get(GROUP_CONFIG), below);
    checkFloor(floor, "other_builtins", perGroup.get(GROUP_OTHER), below);
    assertTrue(below.isEmpty(), "conformance dropped below the recorded floor: " + below
        + " (failures listed in target/conformance-report.txt)");
  }

  private static void checkFloor(Properties floor, String key, int[] counts, List<String> below) {
    int min = Integer.parseInt(floor.getProperty(key, "0").trim());
    if (counts[0] < min) below.add(key + ": " + counts[0] + " passed < floor " + min);
  }

  /** Folder to group, from the "Folder groups" list of the cases' README. */
  private static Map<String, String> readGroups(Path readme) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(readme)) return out;
    Pattern line = Pattern.compile("^- \\*\\*(.+?)\\*\\* \\([^)]*\\): (.+)$");
    for (String l : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      Matcher m = line.matcher(l.trim());
      if (!m.matches()) continue;
      for (String folder : m.group(2).replaceAll("\\.$", "").split(",\\s*")) out.put(folder.trim(), m.group(1));
    }
    return out;
  }

  /** The checked-in skip list: one folder or case note per line, then {@code #} and the reason. */
  private record Skips(List<String> entries) {
    static Skips load() throws IOException {
      List<String> out = new ArrayList<>();
      try (InputStream in = ConformanceSuiteTest.class.getResourceAsStream("/conformance-skips.txt")) {
        if (in == null) return new Skips(out);
        for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String t = l.strip();
          if (t.isEmpty() || t.startsWith("#")) continue;
          int hash = t.indexOf(" # ");
          if (hash < 0) throw new IllegalStateException("conformance-skips.txt: every skip needs ' # reason': " + t);
          out.add(t.substring(0, hash).strip());
        }
      }
      return new Skips(out);
    }

    boolean skipped(String folder, String note) {
      return entries.contains(folder) || entries.contains(note);
    }
  }
}
