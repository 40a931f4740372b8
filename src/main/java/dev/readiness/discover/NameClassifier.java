package dev.readiness.discover;

import dev.readiness.model.FileKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Classifies a file by its repo-relative path alone (the first of discovery's two classification passes). */
public final class NameClassifier {
  private static final Pattern DOCKERFILE =
      Pattern.compile("(?i)(dockerfile|containerfile)([-_.][^/]*)?|[^/]+\\.(dockerfile|containerfile)");
  private static final Set<String> NOT_DOCKERFILE_SUFFIX = Set.of("md", "txt", "rst", "orig", "bak", "swp", "dockerignore", "lock", "json");
  private static final Pattern COMPOSE = Pattern.compile("(?i)(docker-)?compose([-_.][^/]*)?\\.ya?ml");
  private static final Pattern ENV = Pattern.compile("\\.env|\\.env\\.[^/]+|[^/]+\\.env|env\\.(example|sample|template|dist)");
  private static final Pattern MAKEFILE = Pattern.compile("(?:GNUmakefile|[Mm]akefile|[^/]+\\.mk)");
  private static final Pattern SCRIPT_EXT = Pattern.compile("(?i).+\\.(sh|bash|zsh|ksh|ps1)");
  private static final Pattern DOC_EXT = Pattern.compile("(?i).+\\.(md|markdown|rst|adoc|asciidoc)");
  private static final Pattern DOC_NAME = Pattern.compile(
      "(?i)(readme|changelog|changes|history|runbook|deployment|deploying|security|contributing|architecture|operations)(\\.txt)?");
  private static final Pattern SOURCE_EXT = Pattern.compile(
      "(?i).+\\.(py|js|mjs|cjs|ts|mts|cts|tsx|jsx|vue|svelte|java|kt|scala|groovy|go|rb|php|cs|fs|vb|rs|ex|exs|erb)");
  private static final Set<String> MANIFESTS = Set.of(
      "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock",
      "pyproject.toml", "pipfile", "pipfile.lock", "setup.py", "setup.cfg", "poetry.lock", "uv.lock", "pdm.lock",
      "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradle.lockfile",
      "go.mod", "go.sum", "gemfile", "gemfile.lock", "composer.json", "composer.lock", "cargo.toml", "cargo.lock",
      "mix.exs", "mix.lock", "packages.lock.json", "deno.json");
  private static final Pattern MANIFEST_PATTERN = Pattern.compile("(?i)requirements([-_.][^/]*)?\\.(txt|in)|[^/]+\\.(csproj|fsproj|vbproj|sln)");
  private static final Pattern MIGRATION_DIR = Pattern.compile(
      "(?i)(^|.*/)(migrations?|migrate|alembic/versions|db/migration|changelogs?|flyway)/.+");
  private static final Pattern MIGRATION_NAME = Pattern.compile(
      "(?i)alembic\\.ini|V\\d+(_\\d+)*__[^/]+\\.sql|U\\d+(_\\d+)*__[^/]+\\.sql|[^/]+\\.(up|down)\\.sql|db\\.changelog[^/]*\\.(xml|ya?ml|json|sql)");
  private static final Pattern PROXY_NAME = Pattern.compile(
      "(?i)nginx[^/]*\\.conf|[^/]+\\.nginx|traefik[^/]*\\.(ya?ml|toml)|caddyfile([-_.][^/]*)?|haproxy[^/]*\\.cfg|envoy[^/]*\\.ya?ml");
  private static final Pattern PROXY_DIR = Pattern.compile(
      "(?i)(^|.*/)(nginx|conf\\.d|sites-(available|enabled)|traefik|caddy|haproxy|envoy)/[^/]+\\.(conf|ya?ml|toml|cfg|template)");
  private static final Pattern MONITORING_NAME = Pattern.compile(
      "(?i)(prometheus|alertmanager|loki|promtail|fluent-?bit|fluentd?|vector|logstash|filebeat|otel[-_]?collector|"
          + "grafana|blackbox|uptime-?kuma|gatus)[^/]*\\.(ya?ml|toml|conf|json|ini)|alert[^/]*\\.ya?ml|[^/]+\\.rules(\\.ya?ml)?|td-agent\\.conf");
  private static final Pattern MONITORING_DIR = Pattern.compile(
      "(?i)(^|.*/)(grafana|prometheus|alertmanager|loki|promtail|fluent-?bit|fluentd|vector|monitoring)/.+\\.(ya?ml|json|toml|conf)");
  private static final Pattern DEPLOY_NAME = Pattern.compile(
      "(?i)chart\\.ya?ml|kustomization\\.ya?ml|[^/]+\\.tf|[^/]+\\.tf\\.json|pulumi(\\.[^/]+)?\\.ya?ml|fly\\.toml|"
          + "render\\.ya?ml|procfile|railway\\.(json|toml)|[^/]+\\.nomad(\\.hcl)?|skaffold\\.ya?ml|"
          + "vercel\\.json|netlify\\.toml|dockerrun\\.aws\\.json|apprunner\\.ya?ml|heroku\\.yml|serverless\\.ya?ml|"
          + "waypoint\\.hcl|copilot/[^/]+/manifest\\.yml");

  /** The kinds a path has by name; empty when the name says nothing. */
  public Set<FileKind> classify(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    if (isDockerfile(name)) kinds.add(FileKind.DOCKERFILE);
    if (lower.equals(".dockerignore") || lower.endsWith(".dockerignore")) kinds.add(FileKind.DOCKERIGNORE);
    if (name.equals(".gitignore")) kinds.add(FileKind.GITIGNORE);
    if (COMPOSE.matcher(name).matches()) kinds.add(FileKind.COMPOSE);
    if (ENV.matcher(name).matches()) kinds.add(FileKind.ENV);
    if (isWorkflow(path, name)) kinds.add(FileKind.WORKFLOW);
    if (MAKEFILE.matcher(name).matches()) kinds.add(FileKind.MAKEFILE);
    if (SCRIPT_EXT.matcher(name).matches()) kinds.add(FileKind.SCRIPT);
    if (DOC_EXT.matcher(name).matches() || DOC_NAME.matcher(name).matches()
        || (lower.endsWith(".txt") && path.toLowerCase(Locale.ROOT).startsWith("docs/"))) {
      kinds.add(FileKind.DOC);
    }
    if (MANIFESTS.contains(lower) || MANIFEST_PATTERN.matcher(name).matches()) kinds.add(FileKind.MANIFEST);
    if (MIGRATION_NAME.matcher(name).matches() || (MIGRATION_DIR.matcher(path).matches() && !DOC_EXT.matcher(name).matches())) {
      kinds.add(FileKind.MIGRATION);
    }
    if (PROXY_NAME.matcher(name).matches() || PROXY_DIR.matcher(path).matches()) kinds.add(FileKind.PROXY);
    if (MONITORING_NAME.matcher(name).matches() || MONITORING_DIR.matcher(path).matches()) kinds.add(FileKind.MONITORING);
    if (DEPLOY_NAME.matcher(name).matches() || DEPLOY_NAME.matcher(path).matches()) kinds.add(FileKind.DEPLOY_TARGET);
    if (SOURCE_EXT.matcher(name).matches()) kinds.add(FileKind.SOURCE);
    return kinds;
  }

  private static boolean isDockerfile(String name) {
    if (!DOCKERFILE.matcher(name).matches()) return false;
    int dot = name.lastIndexOf('.');
    if (dot < 0) return true;
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (lowerName.endsWith(".dockerfile") || lowerName.endsWith(".containerfile")) return true;
    return !NOT_DOCKERFILE_SUFFIX.contains(lowerName.substring(dot + 1));
  }

  private static boolean isWorkflow(String path, String name) {
    if (path.matches("\\.github/workflows/[^/]+\\.ya?ml")) return true;
    if (path.equals(".gitlab-ci.yml") || path.equals(".gitlab-ci.yaml")) return true;
    if (path.equals(".circleci/config.yml") || path.equals(".circleci/config.yaml")) return true;
    if (path.equals("azure-pipelines.yml") || path.equals("azure-pipelines.yaml")) return true;
    if (path.equals("bitbucket-pipelines.yml")) return true;
    return name.equals("Jenkinsfile") || name.startsWith("Jenkinsfile.");
  }
}
