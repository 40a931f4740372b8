package dev.readiness.scan.repo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a file is there for, judged from its path alone: production configuration, or one of the kinds of
 * file whose values are not production values (tests and fixtures, CI-only setups, development setups,
 * samples and templates, documentation, translations). The secret checks judge values by this: a
 * password in a test fixture or a translated "Password" label is not a committed credential.
 */
enum FileContext {
  /** Read by the deployed stack (or nothing says otherwise). */
  PRODUCTION,
  /** Tests, fixtures, test data, mocks. */
  TEST,
  /** Setups that only CI runs (.ci/, *.ci.yml). */
  CI,
  /** Development setups (.devcontainer/, *.dev.*, *.local.*, docker-compose.override.yml). */
  DEVELOPMENT,
  /** Templates and samples meant to be copied and edited (.env.example, *.dist, samples/, examples/). */
  SAMPLE,
  /** Documentation. */
  DOCS,
  /** UI strings in other languages (locales/, i18n/, translations/, de_DE.json). */
  TRANSLATION;

  private static final Set<String> TEST_DIRS = Set.of("test", "tests", "__tests__", "spec", "specs", "e2e", "cypress",
      "playwright", "fixture", "fixtures", "testdata", "test-data", "test_data", "mocks", "__mocks__", "testing");
  private static final Set<String> CI_DIRS = Set.of(".ci", "ci", ".circleci", ".buildkite");
  private static final Set<String> DEV_DIRS = Set.of(".devcontainer", "dev", "development", ".vscode", ".idea");
  private static final Set<String> SAMPLE_DIRS = Set.of("sample", "samples", "example", "examples", "demo", "demos");
  private static final Set<String> DOC_DIRS = Set.of("doc", "docs", "documentation", "man", "website");
  private static final Set<String> TRANSLATION_DIRS = Set.of("locale", "locales", "i18n", "l10n", "lang", "langs", "languages",
      "translations", "translation");
  private static final Pattern TEST_NAME = Pattern.compile("(?:^|[-_.])(?:test|tests|spec|e2e|fixture|fixtures|mock|mocks|cypress|playwright)(?:[-_.]|$)");
  private static final Pattern CI_NAME = Pattern.compile("(?:^|[-_.])ci(?:[-_.]|$)");
  private static final Pattern DEV_NAME = Pattern.compile("(?:^|[-_.])(?:dev|develop|development|local|override|debug)(?:[-_.]|$)");
  private static final Pattern SAMPLE_NAME = Pattern.compile("(?:^|[-_.])(?:example|examples|sample|template|tmpl|tpl|dist|defaults)(?:[-_.]|$)");
  /** A locale code as the whole file stem: de.json, pt-BR.yml, de_DE.json, zh-Hans.json. */
  static final Pattern LOCALE_FILE = Pattern.compile("[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\\.(?:json|ya?ml|properties|po|toml|xliff|xlf|arb|strings)");
  private static final Set<String> DOC_EXT = Set.of("md", "markdown", "rst", "adoc", "html", "html-fragment", "1", "8");

  /** The context of a repo-relative path (no directory known to hold locale files). */
  static FileContext of(String path) {
    return of(path, Set.of());
  }

  /**
   * The context of a repo-relative path; {@code localeDirs} are the directories holding a set of files named
   * by locale code (en.json, de.json, fr.json), whose files are translations whatever the directory is called.
   */
  static FileContext of(String path, Set<String> localeDirs) {
    String[] parts = path.split("/");
    String name = parts[parts.length - 1];
    String lowerName = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < parts.length - 1; i++) {
      String d = parts[i].toLowerCase(Locale.ROOT);
      if (TRANSLATION_DIRS.contains(d)) return TRANSLATION;
      if (TEST_DIRS.contains(d)) return TEST;
    }
    if (localeDirs.contains(RepoFiles.dir(path)) && LOCALE_FILE.matcher(name).matches()) return TRANSLATION;
    if (TEST_NAME.matcher(lowerName).find()) return TEST;
    for (int i = 0; i < parts.length - 1; i++) {
      String d = parts[i].toLowerCase(Locale.ROOT);
      if (CI_DIRS.contains(d)) return CI;
      if (DEV_DIRS.contains(d)) return DEVELOPMENT;
      if (DOC_DIRS.contains(d)) return DOCS;
    }
    String ext = RepoFiles.ext(path);
    if (DOC_EXT.contains(ext) || lowerName.startsWith("readme")) return DOCS;
    if (CI_NAME.matcher(lowerName).find()) return CI;
    if (DEV_NAME.matcher(lowerName).find()) return DEVELOPMENT;
    if (SAMPLE_NAME.matcher(lowerName).find()) return SAMPLE;
    for (int i = 0; i < parts.length - 1; i++) {
      if (SAMPLE_DIRS.contains(parts[i].toLowerCase(Locale.ROOT))) return SAMPLE;
    }
    return PRODUCTION;
  }

  /** The id used in the input document. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Directories holding at least three locale-named files of one extension, one of them English. */
  static Set<String> localeDirs(Iterable<String> paths) {
    java.util.Map<String, java.util.Set<String>> byDir = new java.util.HashMap<>();
    for (String p : paths) {
      String name = RepoFiles.name(p);
      if (LOCALE_FILE.matcher(name).matches()) byDir.computeIfAbsent(RepoFiles.dir(p) + "\u0000" + RepoFiles.ext(p), k -> new java.util.HashSet<>()).add(name);
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var e : byDir.entrySet()) {
      if (e.getValue().size() >= 3 && e.getValue().stream().anyMatch(n -> n.startsWith("en."))
          || e.getValue().size() >= 3 && e.getValue().stream().anyMatch(n -> n.startsWith("en_") || n.startsWith("en-"))) {
        out.add(e.getKey().substring(0, e.getKey().indexOf('\u0000')));
      }
    }
    return out;
  }
}
