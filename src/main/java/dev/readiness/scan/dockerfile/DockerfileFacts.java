package dev.readiness.scan.dockerfile;

import java.util.List;

/**
 * Facts about one Dockerfile (see docs/input-document.md, "dockerfiles"). Values of ENV/ARG are reduced
 * to a kind; RUN/CMD text has recognisable secrets masked.
 *
 * @param file repo-relative path
 * @param context the directory holding the Dockerfile ("." for the root)
 * @param directives parser directives
 * @param args ARGs declared before the first FROM
 * @param stages build stages in order
 * @param finalStage index of the last stage (what {@code docker build} produces without --target), null when there is none
 * @param instructions number of instructions
 * @param buildContexts directories the repository's own build commands build it from (CI build steps,
 *     docker build lines, dev container definitions), each with where that is said; empty when none does
 */
public record DockerfileFacts(String file, String context, Directives directives, List<GlobalArg> args,
    List<Stage> stages, Integer finalStage, int instructions, List<BuildContext> buildContexts) {

  public DockerfileFacts(String file, String context, Directives directives, List<GlobalArg> args,
      List<Stage> stages, Integer finalStage, int instructions) {
    this(file, context, directives, args, stages, finalStage, instructions, List.of());
  }

  /** These facts with the given build contexts. */
  public DockerfileFacts withBuildContexts(List<BuildContext> contexts) {
    return new DockerfileFacts(file, context, directives, args, stages, finalStage, instructions, List.copyOf(contexts));
  }

  /** A directory the Dockerfile is built from, and the file:line that says so. */
  public record BuildContext(String dir, String file, int line) {}

  /** Parser directives; null when absent. {@code escape} is the one in effect. */
  public record Directives(String syntax, String escape, String check) {}

  /** An ARG before the first FROM (usable in FROM lines). */
  public record GlobalArg(String name, boolean hasDefault, String kind, int line) {}

  /** One build stage. */
  public record Stage(int index, String name, int line, From from, User user, Healthcheck healthcheck,
      List<Expose> expose, List<KeyKind> env, List<StageArg> args, List<Run> runs, List<Copy> copies,
      Command cmd, Command entrypoint, String workdir) {}

  /**
   * The base of a stage. {@code resolved} is {@code raw} with global ARG defaults substituted (null when a
   * variable has no default); registry/repository/tag/digest come from it; {@code stageRef} names an earlier stage.
   */
  public record From(String raw, String resolved, String registry, String repository, String tag, String digest,
      boolean scratch, String stageRef, String platform) {}

  /** The last USER of a stage. */
  public record User(String value, int line) {}

  /** The last HEALTHCHECK of a stage; {@code none} for HEALTHCHECK NONE. */
  public record Healthcheck(boolean none, String test, String interval, String timeout, String retries, int line) {}

  /** One EXPOSEd port. */
  public record Expose(String port, String protocol, int line) {}

  /** An ENV key and the kind of its value. */
  public record KeyKind(String key, String kind, int line) {}

  /** An ARG inside a stage. */
  public record StageArg(String key, String kind, boolean hasDefault, int line) {}

  /**
   * A RUN instruction. {@code command} includes heredoc bodies; {@code form} is json or shell.
   */
  public record Run(int line, int endLine, String form, String command, List<String> mounts, String network,
      String security, List<String> packageManagers, boolean cleansCache, boolean curlPipeShell) {}

  /** A COPY or ADD; a heredoc source is written {@code <<NAME}. */
  public record Copy(int line, String instruction, List<String> sources, String dest, String from, String chown,
      String chmod) {}

  /** CMD or ENTRYPOINT; shell form has one element. */
  public record Command(String form, List<String> value, int line) {}
}
