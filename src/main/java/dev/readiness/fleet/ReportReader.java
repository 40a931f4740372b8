package dev.readiness.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads readiness JSON reports (files, or directories searched recursively for {@code *.json}) into
 * {@link ScanSummary} values. Files that are not readiness reports are skipped with a note; a report that
 * cannot be parsed is a problem named with its file.
 */
public final class ReportReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final List<String> problems = new ArrayList<>();

  /** The reports under the given paths, sorted by repository name then scan time. */
  public List<ScanSummary> read(List<Path> paths) throws IOException {
    List<ScanSummary> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
              .sorted().toList()) {
            readOne(f, false).ifPresent(out::add);
          }
        }
      } else if (Files.isRegularFile(p)) {
        readOne(p, true).ifPresent(out::add);
      } else {
        problems.add(p + ": no such file or directory");
      }
    }
    out.sort(Comparator.comparing(ScanSummary::name).thenComparing(ScanSummary::scannedAt));
    return out;
  }

  /** Files named on the way that could not be read as reports. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private java.util.Optional<ScanSummary> readOne(Path file, boolean named) {
    JsonNode root;
    try {
      root = mapper.readTree(file.toFile());
    } catch (IOException e) {
      problems.add(file + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
      return java.util.Optional.empty();
    }
    if (root == null || !"readiness".equals(root.path("tool").path("name").asText())
        || !root.path("checks").isArray()) {
      if (named) {
        problems.add(file + ": not a readiness JSON report (no tool.name \"readiness\" and checks)");
      }
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(summary(root, file));
  }

  static ScanSummary summary(JsonNode root, Path file) {
    Map<String, Double> scores = new LinkedHashMap<>();
    root.path("scores").fields().forEachRemaining(e -> {
      if (e.getValue().isNumber()) {
        scores.put(e.getKey(), e.getValue().asDouble());
      }
    });
    List<String> blockers = new ArrayList<>();
    root.path("verdict").path("blockers").forEach(b -> blockers.add(b.asText()));
    List<ScanSummary.CheckOutcome> checks = new ArrayList<>();
    for (JsonNode c : root.path("checks")) {
      checks.add(new ScanSummary.CheckOutcome(c.path("id").asText(), c.path("title").asText(),
          c.path("category").asText(), c.path("severity").asText(), c.path("status").asText()));
    }
    JsonNode target = root.path("target");
    String name = text(target, "name");
    if (name == null) {
      name = file.getParent() == null ? file.toString() : file.getParent().getFileName().toString();
    }
    if (text(target, "pathInRepo") != null) {
      name = name + "/" + text(target, "pathInRepo");
    }
    Path html = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", ".html"));
    return new ScanSummary(name, text(target, "gitCommit"), root.path("scannedAt").asText(""),
        root.path("tool").path("version").asText(""), scores, root.path("verdict").path("level").asText("not-ready"),
        root.path("verdict").path("label").asText(""), blockers, checks, file, Files.isRegularFile(html) ? html : null);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
