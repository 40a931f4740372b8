package dev.readiness.scan.workflow;

import dev.readiness.text.PatternSet;
import dev.readiness.text.RegexLiterals;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a CI step or job is for, recognised from its commands, the actions it uses and its name. The
 * three tables below are the complete rule set; every provider (GitHub, GitLab, CircleCI, Azure,
 * Bitbucket, Jenkins) goes through the same tables.
 */
public final class Intents {
  public static final String TEST = "test";
  public static final String LINT = "lint";
  public static final String BUILD_IMAGE = "build-image";
  public static final String PUSH_IMAGE = "push-image";
  public static final String DEPLOY = "deploy";
  public static final String SCAN = "scan";
  /** Scans a container image or a Dockerfile (a narrower kind of {@link #SCAN}). */
  public static final String SCAN_IMAGE = "scan-image";
  public static final String RELEASE = "release";
  public static final String MIGRATE = "migrate";
  public static final String ROLLBACK = "rollback";
  public static final String SMOKE_TEST = "smoke-test";

  /** Patterns over command text (run scripts, script lines). */
  private static final Table COMMANDS = new Table(List.of(
      rule(TEST, "\\b(?:pytest|py\\.test|tox|nox)\\b|python[0-9.]*\\s+-m\\s+(?:pytest|unittest)|manage\\.py\\s+test\\b"
          + "|\\b(?:npm|pnpm|yarn|bun)\\s+(?:run\\s+)?test(?::\\S+)?\\b|\\b(?:npx\\s+)?(?:jest|vitest|mocha|ava)\\b|playwright\\s+test|cypress\\s+run"
          + "|\\b(?:mvn|mvnw)\\b[^\\n]*\\b(?:test|verify|integration-test)\\b|\\bgradlew?\\b[^\\n]*\\b(?:test|check)\\b"
          + "|\\bgo\\s+test\\b|\\bcargo\\s+test\\b|\\bdotnet\\s+test\\b|\\b(?:rspec|phpunit|pest)\\b|\\brake\\s+(?:test|spec)\\b"
          + "|\\brails\\s+test\\b|artisan\\s+test\\b|\\bmake\\s+(?:test|check)\\b|\\bctest\\b"),
      rule(LINT, "\\b(?:eslint|ruff|flake8|pylint|mypy|pyright|golangci-lint|rubocop|stylelint|ktlint|shellcheck|yamllint|markdownlint|phpcs|phpstan|detekt)\\b"
          + "|\\bblack\\s+[^\\n]*--check|\\bprettier\\s+[^\\n]*--check|\\b(?:npm|pnpm|yarn)\\s+(?:run\\s+)?lint\\b|\\bmake\\s+lint\\b"
          + "|\\bgo\\s+vet\\b|spotless:?[cC]heck|checkstyle:check|tsc\\s+[^\\n]*--noEmit|\\bisort\\s+[^\\n]*--check"),
      rule(BUILD_IMAGE, "\\bdocker\\s+(?:image\\s+)?build\\b|\\bdocker\\s+buildx\\s+(?:build|bake)\\b|\\bdocker[- ]compose\\b[^\\n]*\\sbuild\\b"
          + "|\\bbuildah\\s+(?:bud|build)\\b|\\bpodman\\s+build\\b|/kaniko/executor|\\bkaniko\\b|\\bjib(?:DockerBuild|BuildTar)?\\b|jib:(?:build|dockerBuild)"
          + "|bootBuildImage|spring-boot:build-image|\\bpack\\s+build\\b|\\bko\\s+(?:build|publish)\\b|\\bnixpacks\\s+build\\b"),
      rule(PUSH_IMAGE, "\\bdocker\\s+(?:image\\s+)?push\\b|\\bdocker\\s+buildx\\s+build\\b[^\\n]*--push\\b|\\bdocker[- ]compose\\b[^\\n]*\\spush\\b"
          + "|\\b(?:podman|buildah)\\s+push\\b|\\bdocker\\s+login\\b|\\bcrane\\s+(?:push|copy)\\b|\\bskopeo\\s+copy\\b|jib:build\\b"
          + "|/kaniko/executor[^\\n]*--destination|aws\\s+ecr\\s+get-login"),
      rule(DEPLOY, "\\bkubectl\\s+(?:apply|set\\s+image|rollout\\s+restart|create|replace)\\b|\\bhelm\\s+(?:upgrade|install)\\b|\\bhelmfile\\s+(?:apply|sync)\\b"
          + "|\\b(?:flyctl|fly)\\s+deploy\\b|\\baws\\s+ecs\\s+(?:update-service|deploy|register-task-definition)\\b|\\becs-deploy\\b|\\beb\\s+deploy\\b"
          + "|\\baws\\s+(?:deploy|lambda\\s+update-function-code)\\b|\\b(?:sam|cdk|serverless|sls)\\s+deploy\\b"
          + "|\\bgcloud\\s+(?:run|app|functions)\\s+deploy\\b|\\bgcloud\\s+run\\s+services\\s+update\\b"
          + "|\\baz\\s+(?:webapp|containerapp|functionapp)\\b[^\\n]*\\b(?:deploy|up|update|create)\\b|\\bheroku\\s+(?:container:release|releases)|git\\s+push\\s+heroku\\b"
          + "|\\brender\\s+deploy|\\brailway\\s+up\\b|\\bvercel\\b[^\\n]*--prod|\\bnetlify\\s+deploy\\b|\\bkamal\\s+deploy\\b|\\bcap\\s+\\S+\\s+deploy\\b"
          + "|\\bansible-playbook\\b|\\bterraform\\s+apply\\b|\\bpulumi\\s+up\\b|\\bdocker\\s+stack\\s+deploy\\b|\\bnomad\\s+(?:job\\s+)?run\\b"
          + "|\\bssh\\b[^\\n]*\\b(?:docker|compose|deploy|systemctl|kubectl)\\b|(?:^|[\\s/])deploy(?:-[\\w-]+)?\\.sh\\b|\\bmake\\s+deploy\\b"
          + "|\\bdocker\\s+service\\s+update\\b"),
      rule(SCAN, "\\b(?:trivy|grype|snyk|dockle|hadolint|checkov|kics|codeql|tfsec|semgrep|gitleaks|trufflehog)\\b|\\bdocker\\s+scout\\b"),
      rule(SCAN_IMAGE, "(?i)\\b(?:trivy|grype|dockle|hadolint|clair|twistcli)\\b|\\bdocker\\s+scout\\b|\\bsnyk\\s+container\\b"),
      rule(RELEASE, "\\bsemantic-release\\b|\\bgoreleaser\\b|\\bgh\\s+release\\s+create\\b|\\b(?:npm|pnpm|yarn)\\s+publish\\b|\\btwine\\s+upload\\b"
          + "|\\bchangeset\\s+publish\\b|\\brelease-it\\b|\\bpoetry\\s+publish\\b|\\bcargo\\s+publish\\b|\\bmvn\\b[^\\n]*\\bdeploy\\b|\\bgradlew?\\b[^\\n]*\\bpublish\\b"),
      rule(MIGRATE, "\\balembic\\s+upgrade\\b|manage\\.py\\s+migrate\\b|\\bflyway\\b[^\\n]*\\bmigrate\\b|\\bliquibase\\b[^\\n]*\\bupdate\\b|prisma\\s+migrate\\s+deploy"
          + "|knex\\s+migrate:latest|typeorm\\b[^\\n]*migration:run|\\b(?:rails|rake)\\s+db:migrate\\b|\\bgoose\\b[^\\n]*\\bup\\b|\\bmigrate\\s+[^\\n]*-path\\b[^\\n]*\\bup\\b"
          + "|\\bdotnet\\s+ef\\s+database\\s+update\\b|sequelize\\b[^\\n]*db:migrate|\\b(?:npm|yarn|pnpm)\\s+(?:run\\s+)?(?:db:)?migrate\\b|artisan\\s+migrate\\b"),
      rule(ROLLBACK, "\\bkubectl\\s+rollout\\s+undo\\b|\\bhelm\\s+rollback\\b|rollback(?:\\.sh)?\\b|\\bheroku\\s+rollback\\b|docker\\s+service\\s+(?:rollback|update\\s+[^\\n]*--rollback)"
          + "|\\balembic\\s+downgrade\\b|\\b(?:flyctl|fly)\\s+releases\\s+rollback|\\bkamal\\s+rollback\\b"),
      rule(SMOKE_TEST, "\\b(?:curl|wget|http)\\b[^\\n]*(?:/health|/healthz|/ready|/readyz|/livez|/status|/ping|/actuator/health)\\b|\\bsmoke[-_ ]?tests?\\b"
          + "|\\bkubectl\\s+rollout\\s+status\\b|wait-for-(?:it|healthy)|\\bcompose\\b[^\\n]*\\bup\\b[^\\n]*--wait\\b")));

  /** Patterns over the action/orb/task/image a step uses ({@code owner/name}, lower-case). */
  private static final Table ACTIONS = new Table(List.of(
      rule(BUILD_IMAGE, "^docker/(?:build-push-action|bake-action)|^redhat-actions/buildah-build|kaniko|build-and-push|^docker@|^docker/build|^circleci/docker"),
      rule(PUSH_IMAGE, "^docker/login-action|^aws-actions/amazon-ecr-login|^redhat-actions/push-to-registry|build-and-push|ecr-push|push-image"),
      rule(DEPLOY, "^appleboy/ssh-action|^appleboy/scp-action|^azure/webapps-deploy|^azure/k8s-deploy|^azure/aks-set-context|^google-github-actions/deploy-(?:cloudrun|appengine)"
          + "|^aws-actions/amazon-ecs-deploy-task-definition|^superfly/flyctl-actions|^deliverybot/helm|^akhileshns/heroku-deploy|^cloudflare/wrangler-action"
          + "|^amondnet/vercel-action|^bitovi/github-actions-deploy|^kubernetesmanifest@|^helmdeploy@|^azurewebapp|^azurerm.*deployment|^azurecontainerapps@"
          + "|^kubernetes/|^helm/upgrade|deploy"),
      rule(SCAN, "^aquasecurity/trivy-action|^anchore/(?:scan-action|sbom-action)|^snyk/actions|^docker/scout-action|^hadolint/hadolint-action"
          + "|^bridgecrewio/checkov-action|^checkmarx/kics-github-action|^github/codeql-action|^goodwithtech/dockle-action|^returntocorp/semgrep|^gitleaks/|^aquasec/|^snyk/"),
      rule(RELEASE, "^softprops/action-gh-release|^actions/create-release|^goreleaser/goreleaser-action|release-please-action|^ncipollo/release-action|^changesets/action"),
      rule(TEST, "^codecov/codecov-action|^cypress-io/github-action|^dorny/test-reporter"),
      rule(LINT, "^github/super-linter|^super-linter/|^golangci/golangci-lint-action|^wearerequired/lint-action|^reviewdog/|^psf/black|^chartboost/ruff-action|^astral-sh/ruff-action")));

  /** Patterns over step/job names and ids. */
  private static final Table NAMES = new Table(List.of(
      rule(TEST, "(?i)\\b(?:unit[ _-]?)?tests?\\b|\\btesting\\b|\\be2e\\b|\\bintegration\\b"),
      rule(LINT, "(?i)\\blint(?:ing|er)?\\b"),
      rule(DEPLOY, "(?i)\\bdeploy(?:ment|ing)?\\b"),
      rule(ROLLBACK, "(?i)\\brollback\\b|\\broll[ _-]back\\b"),
      rule(SMOKE_TEST, "(?i)\\bsmoke\\b|\\bhealth[ _-]?check\\b"),
      rule(MIGRATE, "(?i)\\bmigrat(?:e|ion|ions)\\b"),
      rule(RELEASE, "(?i)\\brelease\\b"),
      rule(SCAN, "(?i)\\b(?:security|vulnerability|image)[ _-]?scan(?:ning)?\\b|\\bcodeql\\b")));

  private Intents() {}

  private static Map.Entry<String, Pattern> rule(String intent, String regex) {
    return Map.entry(intent, Pattern.compile(regex, Pattern.MULTILINE));
  }

  /** Intents of command text. */
  public static Set<String> ofCommand(String text) {
    return match(COMMANDS, text);
  }

  /** Intents of a used action / orb / task / image reference. */
  public static Set<String> ofAction(String action) {
    return match(ACTIONS, action.toLowerCase(java.util.Locale.ROOT));
  }

  /** Intents of a step or job name or id. */
  public static Set<String> ofName(String name) {
    return match(NAMES, name.replace('_', ' '));
  }

  private static Set<String> match(Table table, String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isEmpty()) return out;
    boolean[] hit = new boolean[table.rules.size()];
    BitSet candidates = table.set.candidates(text);
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      int rule = table.owner[i];
      if (!hit[rule] && table.set.pattern(i).matcher(text).find()) hit[rule] = true;
    }
    for (int r = 0; r < hit.length; r++) if (hit[r]) out.add(table.rules.get(r).getKey());
    return out;
  }

  /**
   * A rule table searched in one pass: every rule's top-level alternatives gated by their literals
   * ({@link PatternSet}), so a long script is read once instead of once per alternative per position.
   */
  private static final class Table {
    final List<Map.Entry<String, Pattern>> rules;
    final PatternSet set;
    /** The rule each alternative belongs to. */
    final int[] owner;

    Table(List<Map.Entry<String, Pattern>> rules) {
      this.rules = rules;
      List<Pattern> alternatives = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int r = 0; r < rules.size(); r++) {
        for (Pattern p : RegexLiterals.alternatives(rules.get(r).getValue())) {
          alternatives.add(p);
          owners.add(r);
        }
      }
      this.set = PatternSet.of(alternatives);
      this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Intents in the canonical order (the order of the constants above). */
  public static List<String> ordered(Set<String> intents) {
    List<String> order = List.of(TEST, LINT, BUILD_IMAGE, PUSH_IMAGE, DEPLOY, SCAN, SCAN_IMAGE, RELEASE, MIGRATE, ROLLBACK, SMOKE_TEST);
    List<String> out = new ArrayList<>();
    for (String i : order) if (intents.contains(i)) out.add(i);
    return out;
  }
}
