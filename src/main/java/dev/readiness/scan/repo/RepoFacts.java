package dev.readiness.scan.repo;

import dev.readiness.scan.shell.ComposeCall;
import java.util.List;
import java.util.Map;

/**
 * Repository-level facts (see docs/input-document.md, "repo"): docs, scripts, make targets, migrations,
 * proxies, monitoring, deploy targets, application components with source signals, and hygiene signals.
 * Every fact carries file and line where it has one; secret values never appear.
 */
public record RepoFacts(
    List<Doc> docs,
    List<Script> scripts,
    List<MakeTarget> makeTargets,
    List<MigrationSet> migrations,
    List<Proxy> proxies,
    Monitoring monitoring,
    List<DeployTarget> deployTargets,
    List<Component> components,
    DependencyUpdates dependencyUpdates,
    List<Located> secretManagement,
    List<CommittedSecret> committedSecrets,
    List<PlaceholderSecret> placeholderSecrets,
    Map<String, String> fileContexts,
    List<CredentialFile> credentialFiles,
    Gitignore gitignore,
    List<Located> backupSchedules,
    List<InlineSuppression> inlineSuppressions,
    List<Located> migrationRuns) {

  /** A kind of thing found at a file and line. */
  public record Located(String kind, String file, Integer line) {}

  /** A file and line. */
  public record Where(String file, int line) {}

  /** A heading in a doc. */
  public record Heading(String text, int level, int line) {}

  /**
   * A documentation file: its headings, code blocks, whether a code block runs the project, the release
   * entries it lists (version or dated headings: what a kept changelog has), the operational topics its
   * sections give instructions for, and the environment variable names it documents.
   */
  public record Doc(String file, String kind, List<Heading> headings, int codeBlocks, boolean hasRunCommand, int releaseEntries,
      List<DocTopic> topics, List<String> envVars) {}

  /**
   * A section of a doc that gives instructions on an operational topic (install, configure, upgrade, backup,
   * restore, tls, troubleshoot): {@code commands} is how many of its command lines are about the topic,
   * {@code words} the prose words of the section (the depth of the instructions).
   */
  public record DocTopic(String topic, int line, String section, int commands, int words) {}

  /** A shell script and what it does. */
  public record Script(String file, String kind, String shell, boolean setE, boolean pipefail, boolean healthWait,
      boolean rollback, List<String> backupTools, List<ComposeCall> composeCalls, boolean kubectl, boolean helm,
      boolean migrations, int line) {}

  /** A Makefile target and the intents of its recipe (same table as CI steps). */
  public record MakeTarget(String file, String name, int line, List<String> intents) {}

  /** One migration file and whether its down/downgrade is implemented. */
  public record MigrationItem(String file, boolean reversible, int line) {}

  /** Migrations of one tool in one directory. */
  public record MigrationSet(String tool, String dir, int count, int reversible, List<MigrationItem> items) {}

  /** A named upstream/backend with its servers. */
  public record Upstream(String name, List<String> servers, int line) {}

  /** A line number. */
  public record Line(int line) {}

  /** A reverse proxy configuration. */
  public record Proxy(String file, String kind, List<Upstream> upstreams, List<Line> tlsListeners, boolean httpsRedirect,
      boolean rateLimit, boolean timeouts, boolean healthRoute, int line) {}

  /** A Prometheus configuration (or ServiceMonitor/PodMonitor) and its scrape jobs. */
  public record Prometheus(String file, List<String> scrapeJobs, int line) {}

  /** An alerting rules file and its number of alerts. */
  public record AlertRules(String file, int count) {}

  /** A file of a given kind. */
  public record KindFile(String file, String kind) {}

  /** Monitoring configuration found in the repository. */
  public record Monitoring(List<Prometheus> prometheus, List<AlertRules> alertRules, List<KindFile> alertmanager,
      List<KindFile> grafana, List<KindFile> logShipping, List<KindFile> uptime) {}

  /** A deployment target description. */
  public record DeployTarget(String kind, String file, String detail, Integer line) {}

  /** A route path found in source. */
  public record Route(String path, String file, int line) {}

  /** Metrics library and route of a component; both null when absent. */
  public record Metrics(String library, Route route) {}

  /** A library/tool of some kind found at a file and line. */
  public record Evidence(String file, int line, String what) {}

  /** Logging setup of a component. */
  public record Logging(boolean toFile, boolean rotation, boolean stdout, List<Evidence> evidence) {}

  /** CORS setup; null when not configured. */
  public record Cors(boolean configured, boolean wildcard, boolean credentials, String file, int line) {}

  /** Session store; kind null when none was recognised. */
  public record SessionStore(String kind, String file, Integer line) {}

  /** An application component: one directory with a dependency manifest. */
  public record Component(String dir, String ecosystem, String framework, List<String> frameworks, String manifest,
      String lockfile, String packageManager, String kind, String dockerfile, List<String> usedBy,
      List<Route> healthRoutes, Metrics metrics, List<Located> apm, Logging logging, Cors cors, Where httpsRedirect,
      Where rateLimit, Where dbPool, SessionStore sessionStore, boolean devServerOnly, List<String> startCommands) {}

  /** Dependabot / Renovate configuration files (null when absent). */
  public record DependencyUpdates(String dependabot, String renovate) {}

  /** A committed credential: where and what kind, never the value. */
  public record CommittedSecret(String file, int line, String kind, boolean tracked) {}

  /** A file named like a credential file (.env, *.pem, *.key, .npmrc, credentials.json); {@code secret} when it holds one. */
  public record CredentialFile(String file, boolean secret) {}

  /**
   * A secret setting given a stand-in or default value outside env files and compose environment (those have
   * their own facts): a config file, a settings fallback ({@code os.getenv("X", "password")}), a secret file.
   *
   * @param source config, fallback or secret-file
   * @param context production or sample (see {@code fileContexts})
   */
  public record PlaceholderSecret(String file, int line, String key, String source, String context, boolean tracked) {}

  /** The root .gitignore. */
  public record Gitignore(String file, List<String> patterns) {}

  /** {@code readiness:ignore <check-id> <reason>} in a comment; applies to its own line or, alone on a line, the next. */
  public record InlineSuppression(String file, int line, String checkId, String reason, int appliesToLine) {}
}
