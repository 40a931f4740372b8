package dev.readiness.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The accuracy report on the command line (src/bench/accuracy.sh runs it):
 * {@code AccuracyMain [--corpus DIR] [--details] [--write-floor FILE] [SLUG...]}.
 * Exits 1 when a figure is below the recorded floor (src/test/resources/accuracy/floor.json).
 */
public final class AccuracyMain {
  static final String FLOOR = "src/test/resources/accuracy/floor.json";

  private AccuracyMain() {}

  public static void main(String[] args) throws Exception {
    Path corpus = AccuracyHarness.DEFAULT_CORPUS;
    boolean details = false;
    Path writeFloor = null;
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--details" -> details = true;
        case "--write-floor" -> writeFloor = Path.of(args[++i]);
        default -> slugs.add(args[i]);
      }
    }
    if (!Files.isDirectory(corpus)) {
      System.err.println("accuracy: no corpus at " + corpus + " (the labeled corpus lives in ../shared/corpus)");
      System.exit(2);
    }
    AccuracySummary summary = AccuracyHarness.run(corpus, slugs);
    System.out.println(summary.render(details));
    ObjectMapper json = new ObjectMapper();
    if (writeFloor != null) {
      json.writerWithDefaultPrettyPrinter().writeValue(writeFloor.toFile(), summary.figures());
      System.out.println("floor written to " + writeFloor);
    }
    Path floor = Path.of(FLOOR);
    if (slugs.isEmpty() && Files.isRegularFile(floor)) {
      List<String> worse = summary.regressionsAgainst((ObjectNode) json.readTree(floor.toFile()));
      if (!worse.isEmpty()) {
        System.out.println("BELOW THE FLOOR: " + String.join("; ", worse));
        System.exit(1);
      }
    }
  }
}
