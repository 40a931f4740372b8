package dev.readiness.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scans every repository of the labeled corpus as a user would (a fresh git checkout, {@code readiness scan} with
 * the built-in checks, no Docker) in this JVM, and compares each report with its labels.
 */
public final class AccuracyHarness {
  /** Where the corpus is by default, relative to the project directory. */
  public static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpus");

  private AccuracyHarness() {}

  /** The slugs of the corpus: folders with a {@code <slug>.labels.json} beside them, sorted. */
  public static List<String> slugs(Path corpus) throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(slug -> Files.isRegularFile(corpus.resolve(slug + ".labels.json"))).sorted().toList();
    }
  }

  /** Scans the given slugs (all when empty) in a scratch directory that is removed afterwards. */
  public static AccuracySummary run(Path corpus, List<String> only) throws IOException {
    Path work = Files.createTempDirectory("readiness-accuracy");
    try {
      List<RepoOutcome> out = new ArrayList<>();
      for (String slug : only.isEmpty() ? slugs(corpus) : only) {
        out.add(scan(corpus, slug, work));
      }
      return new AccuracySummary(out);
    } finally {
      deleteTree(work);
    }
  }

  static RepoOutcome scan(Path corpus, String slug, Path work) throws IOException {
    CorpusLabels labels = CorpusLabels.load(slug, corpus.resolve(slug + ".labels.json"));
    Path repo = CorpusCheckout.checkout(corpus.resolve(slug), work.resolve("repos").resolve(slug));
    Path reports = work.resolve("reports").resolve(slug);
    long start = System.nanoTime();
    int code = Main.run("scan", repo.toString(), "--format", "json", "--output", reports.toString(), "--quiet",
        "--docker", "off", "--soft-fail");
    double seconds = (System.nanoTime() - start) / 1e9;
    Path json = reports.resolve("readiness.json");
    if (code != 0 || !Files.isRegularFile(json)) {
      throw new IOException("scan of " + slug + " exited " + code + " without a report");
    }
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    return RepoOutcome.of(labels, report, seconds);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
