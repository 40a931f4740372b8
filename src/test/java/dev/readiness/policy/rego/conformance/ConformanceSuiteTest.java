package dev.readiness.policy.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs OPA's Rego conformance cases (never copied into the project) and prints a table per folder and
 * per group. The cases are read from {@code readiness.shared}/rego-conformance/v1: ../shared on a
 * developer's machine (JSON), or OPA's own YAML files at a pinned commit where CI fetched them.
 *
 * <p>The floor is by case name: src/test/resources/conformance-expected-failures.txt lists every case
 * known to fail, each with its reason. The test fails when a case not on the list fails (a regression)
 * and when a listed case that was run passes (take it off the list). An entry whose reason starts with
 * {@code [json]} or {@code [yaml]} holds for that source only (the same case note can differ between
 * the ../shared snapshot and the pinned OPA commit). {@code -Dupdate=true} rewrites the list from this
 * run instead, keeping the entries this source does not decide.
 */
class ConformanceSuiteTest {
  private static final String GROUP_LANGUAGE = "Language";
  private static final String GROUP_CONFIG = "Builtins used by configuration policies";
  private static final String GROUP_OTHER = "Other builtins";
  private static final String EXPECTED = "conformance-expected-failures.txt";

  @Test
  void conformance() throws IOException {
    String shared = System.getProperty("readiness.shared");
    if (shared == null) System.out.println("ConformanceSuiteTest skipped: readiness.shared is not set");
    assumeTrue(shared != null, "readiness.shared is not set: skipping the Rego conformance suite");
    Path root = Path.of(shared, "rego-conformance");
    Path cases = root.resolve("v1");
    if (!Files.isDirectory(cases)) System.out.println("ConformanceSuiteTest skipped: no conformance cases at " + cases);
    assumeTrue(Files.isDirectory(cases), "no conformance cases at " + cases + ": skipping the Rego conformance suite");

    Map<String, String> groupOf = readGroups(root.resolve("README.md"));
    Skips skips = Skips.load();
    BuiltinRegistry builtins = BuiltinRegistry.standard();
    ObjectMapper mapper = new ObjectMapper();
    Map<String, int[]> perFolder = new TreeMap<>();
    Map<String, int[]> perGroup = new LinkedHashMap<>();
    for (String g : List.of(GROUP_LANGUAGE, GROUP_CONFIG, GROUP_OTHER)) perGroup.put(g, new int[3]);
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> s = Files.walk(cases)) {
      files = s.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
    }
    String source = files.stream().anyMatch(p -> p.toString().endsWith(".json")) ? "json" : "yaml";
    List<ConformanceCase> all = new ArrayList<>();
    for (Path file : files) {
      String folder = cases.relativize(file).getName(0).toString();
      for (JsonNode c : read(mapper, file).path("cases")) {
        all.add(new ConformanceCase(folder, c.path("note").asText(), c, builtins));
      }
    }
    // two workers: engines are independent, and the suite must stay well under a minute
    ForkJoinPool pool = new ForkJoinPool(2);
    List<ConformanceCase.Outcome> outcomes;
    try {
      outcomes = pool.submit(() -> all.parallelStream()
          .map(c -> skips.skipped(c.folder(), c.note()) ? null : c.run()).toList()).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("conformance run failed", e);
    } finally {
      pool.shutdown();
    }
    Map<String, String> failed = new TreeMap<>();
    Set<String> ran = new TreeSet<>();
    for (int i = 0; i < all.size(); i++) {
      ConformanceCase c = all.get(i);
      ConformanceCase.Outcome o = outcomes.get(i);
      int[] f = perFolder.computeIfAbsent(c.folder(), k -> new int[3]);
      int[] g = perGroup.computeIfAbsent(groupOf.getOrDefault(c.folder(), GROUP_OTHER), k -> new int[3]);
      int column = o == null ? 2 : o.passed() ? 0 : 1;
      f[column]++;
      g[column]++;
      if (o != null) ran.add(c.note());
      if (o != null && !o.passed()) failed.put(c.note(), o.reason());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    StringBuilder table = new StringBuilder();
    table.append(String.format("%n%-45s %7s %7s %7s%n", "folder", "passed", "failed", "skipped"));
    perFolder.forEach((k, v) -> table.append(String.format("%-45s %7d %7d %7d%n", k, v[0], v[1], v[2])));
    table.append(String.format("%n%-45s %7s %7s %7s%n", "group", "passed", "failed", "skipped"));
    perGroup.forEach((k, v) -> table.append(String.format("%-45s %7d %7d %7d%n", k, v[0], v[1], v[2])));
    table.append(String.format("conformance run took %d ms%n", millis));
    System.out.println(table);
    List<String> failureLines = new ArrayList<>();
    failed.forEach((note, reason) -> failureLines.add(note + "\n      " + reason));
    Path report = Path.of("target", "conformance-report.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table + "\nFAILURES\n" + String.join("\n", failureLines) + "\n", StandardCharsets.UTF_8);

    Map<String, String> expected = ExpectedFailures.load();
    if (Boolean.getBoolean("update")) {
      String other = source.equals("json") ? "yaml" : "json";
      Map<String, String> updated = new TreeMap<>();
      expected.forEach((note, reason) -> {
        String only = ExpectedFailures.sourceOf(reason);
        if (!ran.contains(note)) {
          updated.put(note, reason);
        } else if (failed.containsKey(note)) {
          // fails here too: an entry for the other source only now holds for both
          updated.put(note, other.equals(only) ? ExpectedFailures.untagged(reason) : reason);
        } else if (only == null) {
          updated.put(note, "[" + other + "] " + reason); // passes here: may still fail there
        } else if (only.equals(other)) {
          updated.put(note, reason);
        }
      });
      failed.forEach((note, reason) -> updated.putIfAbsent(note, "[" + source + "] " + firstLine(reason)));
      Path list = Path.of("src", "test", "resources", EXPECTED);
      Files.writeString(list, ExpectedFailures.render(updated), StandardCharsets.UTF_8);
      System.out.println(list + " rewritten from this run (" + updated.size() + " expected failures): review and commit it");
      return;
    }
    Map<String, String> applies = new TreeMap<>();
    expected.forEach((note, reason) -> {
      String only = ExpectedFailures.sourceOf(reason);
      if (only == null || only.equals(source)) applies.put(note, reason);
    });
    List<String> regressions = new ArrayList<>();
    failed.forEach((note, reason) -> {
      if (!applies.containsKey(note)) regressions.add(note + ": " + firstLine(reason));
    });
    List<String> fixed = applies.keySet().stream().filter(n -> ran.contains(n) && !failed.containsKey(n)).toList();
    assertTrue(regressions.isEmpty() && fixed.isEmpty(),
        (regressions.isEmpty() ? "" : regressions.size() + " case(s) fail that are not in " + EXPECTED + ":\n  "
            + String.join("\n  ", regressions) + "\n")
        + (fixed.isEmpty() ? "" : fixed.size() + " case(s) in " + EXPECTED + " now pass, take them off the list:\n  "
            + String.join("\n  ", fixed) + "\n")
        + "(details in target/conformance-report.txt; -Dupdate=true rewrites the list)");
  }

  /** A cases file: JSON as ../shared holds them, or OPA's YAML. */
  static JsonNode read(ObjectMapper mapper, Path file) throws IOException {
    if (file.toString().endsWith(".json")) return mapper.readTree(file.toFile());
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    Object doc = new Yaml(options).load(Files.readString(file, StandardCharsets.UTF_8));
    return mapper.valueToTree(doc);
  }

  private static String firstLine(String reason) {
    String line = reason == null ? "failed" : reason.strip().lines().findFirst().orElse("failed");
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }

  /** Folder to group, from the "Folder groups" list of the cases' README (without one, every folder is "Other"). */
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

  /** The checked-in list of cases known to fail: {@code <note> # <reason>} per line. */
  static final class ExpectedFailures {
    private static final String HEADER = """
        # Rego conformance cases known to fail, by case note, each with its reason (what the interpreter
        # does differently). ConformanceSuiteTest fails when a case not listed here fails, and when a
        # listed case passes: fix the interpreter or the list, never a count. A reason starting with [json]
        # or [yaml] holds for that source only (../shared's JSON snapshot, OPA's YAML at the CI's pinned
        # commit). -Dupdate=true rewrites the list from a run.
        """;

    static Map<String, String> load() throws IOException {
      Map<String, String> out = new TreeMap<>();
      try (InputStream in = ConformanceSuiteTest.class.getResourceAsStream("/" + EXPECTED)) {
        if (in == null) return out;
        for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String t = l.strip();
          if (t.isEmpty() || t.startsWith("#")) continue;
          int hash = t.indexOf(" # ");
          if (hash < 0) throw new IllegalStateException(EXPECTED + ": every entry needs ' # reason': " + t);
          out.put(t.substring(0, hash).strip(), t.substring(hash + 3).strip());
        }
      }
      return out;
    }

    /** "json" or "yaml" when the entry holds for that source only, else null. */
    static String sourceOf(String reason) {
      return reason.startsWith("[json] ") ? "json" : reason.startsWith("[yaml] ") ? "yaml" : null;
    }

    static String untagged(String reason) {
      return sourceOf(reason) == null ? reason : reason.substring(7);
    }

    static String render(Map<String, String> entries) {
      StringBuilder b = new StringBuilder(HEADER);
      entries.forEach((note, reason) -> b.append(note).append(" # ").append(reason.replace('\n', ' ')).append('\n'));
      return b.toString();
    }
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
