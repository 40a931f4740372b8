package dev.readiness.scan.compose;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a compose file is for, read as an operator would from its path, name and header: the deployment
 * (the default, and Swarm stack files), a development setup, a dev container, or a test/CI harness.
 * Checks that judge the deployment look at deployment configs and never take a test harness or a dev
 * container for the stack that runs in production.
 */
public final class ComposePurpose {
  public static final String DEPLOYMENT = "deployment";
  public static final String DEVELOPMENT = "development";
  public static final String DEVCONTAINER = "devcontainer";
  public static final String TEST = "test";

  /** Words of a path that mark a test or CI harness (docker-compose.ci-test.yml, .ci/compose.cypress.yaml, tests/compose.yaml). */
  private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "ci", "e2e", "cypress", "playwright", "selenium",
      "integration", "fixture", "fixtures", "spec", "specs", "testdata", "smoke");
  /** Words of a file name or directory that mark a development setup (docker-compose.dev.yml, dev/compose.yaml). */
  private static final Set<String> DEV_WORDS = Set.of("dev", "develop", "development", "local", "debug");
  /** A header comment saying the file is for development (before the first key). */
  private static final Pattern DEV_HEADER = Pattern.compile(
      "(?i)\\b(for|only)\\s+(local\\s+)?\\**development\\**\\b|\\**development\\**\\s+(only|setup|environment|use|purposes)\\b"
          + "|\\bnot\\s+(meant\\s+|intended\\s+|suitable\\s+|recommended\\s+)?for\\s+production\\b|\\bdo\\s+not\\s+use\\s+(this\\s+)?in\\s+production\\b");

  /** Images of local cloud emulators: a stack of them is a local test harness, not a deployment. */
  private static final Pattern EMULATOR_IMAGE = Pattern.compile(
      "(?im)^\\s*image:\\s*[\"']?(?:[\\w.-]+/)*(?:localstack|azurite|dynamodb-local|fake-gcs-server|cloud-sdk:emulators|firebase-emulator)\\b");

  private ComposePurpose() {}

  /**
   * The purpose of one file.
   *
   * @param path repo-relative path
   * @param text the file's text (its header comment is read), or null
   */
  public static String of(String path, String text) {
    String lower = path.toLowerCase(Locale.ROOT);
    List<String> segments = List.of(lower.split("/"));
    if (segments.contains(".devcontainer") || segments.get(segments.size() - 1).contains("devcontainer")) return DEVCONTAINER;
    for (String seg : segments) {
      for (String w : seg.split("[._-]+")) if (TEST_WORDS.contains(w)) return TEST;
    }
    if (dev.readiness.discover.ComposeInvocations.productionName(path)) return DEPLOYMENT;
    for (String seg : segments) {
      for (String w : seg.split("[._-]+")) if (DEV_WORDS.contains(w)) return DEVELOPMENT;
    }
    if (text != null && DEV_HEADER.matcher(header(text)).find()) return DEVELOPMENT;
    if (text != null && EMULATOR_IMAGE.matcher(text).find()) return TEST;
    return DEPLOYMENT;
  }

  /** The purpose of a chain: a test or dev-container file anywhere makes it that; a dev file does unless a prod-named file ends it. */
  public static String ofChain(List<String> purposes, String lastFile) {
    if (purposes.contains(TEST)) return TEST;
    if (purposes.contains(DEVCONTAINER)) return DEVCONTAINER;
    if (purposes.contains(DEVELOPMENT) && !dev.readiness.discover.ComposeInvocations.productionName(lastFile)) return DEVELOPMENT;
    return DEPLOYMENT;
  }

  /** The comment lines before the first non-comment line. */
  static String header(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\r?\n", 40)) {
      String s = line.strip();
      if (s.isEmpty()) continue;
      if (!s.startsWith("#")) break;
      out.append(s, 1, s.length()).append(' ');
    }
    return out.toString();
  }
}
