package dev.readiness.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Judgement on real repositories: scans the expert-labeled corpus (../shared/corpus) and fails when any headline
 * figure drops below the recorded floor. Raise the floor as judgement improves:
 * {@code src/bench/accuracy.sh --write-floor src/test/resources/accuracy/floor.json}.
 */
class CorpusAccuracyTest {
  @Test
  void judgementOnTheLabeledCorpusDoesNotDropBelowTheFloor() throws Exception {
    Path corpus = AccuracyHarness.DEFAULT_CORPUS;
    if (!Files.isDirectory(corpus)) {
      System.out.println("CorpusAccuracyTest skipped: no labeled corpus at " + corpus.toAbsolutePath().normalize()
          + " (../shared/corpus beside the project)");
    }
    assumeTrue(Files.isDirectory(corpus), "no labeled corpus at " + corpus);
    AccuracySummary summary = AccuracyHarness.run(corpus, List.of());
    System.out.println(summary.render(false));
    ObjectNode floor = (ObjectNode) new ObjectMapper().readTree(Path.of(AccuracyMain.FLOOR).toFile());
    assertEquals(List.of(), summary.regressionsAgainst(floor), "accuracy dropped below the recorded floor");
  }
}
