package dev.readiness.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One expert's labels for a corpus repository ({@code <slug>.labels.json}, format in ../shared/corpus/README.md).
 *
 * @param slug the snapshot folder name
 * @param tier sample, maintained or mature
 * @param expertScores accepted [lo, hi] per area (and overall)
 * @param verdicts accepted verdict levels
 * @param checks accepted statuses per check ID
 * @param mustNotFind findings that must not be reported
 * @param mustFind findings that must be reported
 */
public record CorpusLabels(String slug, String tier, Map<String, double[]> expertScores, List<String> verdicts,
                           Map<String, List<String>> checks, List<Located> mustNotFind, List<Located> mustFind) {

  /** A finding of a check located in a file. */
  public record Located(String check, String file, String why) {}

  public static final List<String> TIERS = List.of("sample", "maintained", "mature");

  public static CorpusLabels load(String slug, Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<String, double[]> scores = new LinkedHashMap<>();
    root.path("expertScores").fields().forEachRemaining(e ->
        scores.put(e.getKey(), new double[] {e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble()}));
    Map<String, List<String>> checks = new LinkedHashMap<>();
    root.path("checks").fields().forEachRemaining(e -> checks.put(e.getKey(), strings(e.getValue().path("status"))));
    String tier = root.path("tier").asText();
    if (!TIERS.contains(tier)) {
      throw new IOException(file + ": unknown tier '" + tier + "'");
    }
    return new CorpusLabels(slug, tier, scores, strings(root.path("verdict")), checks,
        located(root.path("mustNotFind")), located(root.path("mustFind")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Located> located(JsonNode array) {
    List<Located> out = new ArrayList<>();
    array.forEach(n -> out.add(new Located(n.path("check").asText(), n.path("file").asText(), n.path("why").asText())));
    return out;
  }
}
