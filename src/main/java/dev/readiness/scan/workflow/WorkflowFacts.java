package dev.readiness.scan.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Facts about one CI definition (see docs/input-document.md, "workflows"): triggers, permissions, jobs
 * with steps and the intents recognised in them. Run text has recognisable credentials masked.
 *
 * @param provider github, gitlab, circleci, jenkins, azure or bitbucket
 * @param intents union of the jobs' intents
 * @param secretsReferenced names used as {@code ${{ secrets.NAME }}}
 * @param pullRequestTarget triggered by pull_request_target
 * @param checksOutPrHead a checkout step fetches the pull request's head (ref/sha of the PR)
 * @param composeFiles compose files named with -f in run steps
 */
public record WorkflowFacts(String file, String provider, String name, int line, List<Trigger> triggers,
    Permissions permissions, List<Job> jobs, List<String> intents, List<String> secretsReferenced,
    boolean pullRequestTarget, boolean checksOutPrHead, List<String> composeFiles) {

  /** An event that starts the workflow; {@code cron} is set for schedules. */
  public record Trigger(String event, List<String> branches, List<String> tags, List<String> cron, int line) {}

  /** A {@code permissions:} block; {@code writeAll}/{@code readAll} for the shorthand forms. */
  public record Permissions(boolean declared, Map<String, String> scopes, boolean writeAll, boolean readAll, int line) {}

  /**
   * One job (GitLab job, CircleCI job, Azure job, Bitbucket step, Jenkins stage).
   *
   * @param condition the job's {@code if:} (GitLab: rules/only summarised), JSON name {@code if}
   * @param stage the stage it belongs to, where the provider has stages
   * @param uses a reusable workflow the job calls, else null
   */
  public record Job(String id, String name, int line, String runsOn, Permissions permissions, String environment,
      List<String> services, List<String> needs, @JsonProperty("if") String condition, List<String> intents,
      List<Step> steps, String stage, Uses uses) {}

  /** One step: an action/orb/task it uses and/or the shell text it runs (in {@code workingDirectory} when set). */
  public record Step(String name, int line, Uses uses, String run, List<String> intents, String workingDirectory) {}

  /**
   * An action reference. {@code pinned}: ref is a full 40-hex commit SHA (or a docker image digest);
   * {@code thirdParty}: not under actions/ or github/ and not local.
   *
   * @param kind action, local, docker, orb or task
   */
  public record Uses(String action, String ref, boolean pinned, boolean thirdParty, String kind) {}
}
