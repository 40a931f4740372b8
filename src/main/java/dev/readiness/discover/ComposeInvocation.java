package dev.readiness.discover;

import java.util.List;

/**
 * A {@code docker compose} / {@code docker-compose} / {@code podman compose} / {@code docker stack
 * deploy} command line found in a script, workflow or Makefile, or a {@code COMPOSE_FILE} setting.
 *
 * @param source repo-relative file holding it
 * @param line 1-based line
 * @param files the compose files it names, repo-relative, in order (empty: the default chain)
 * @param missing file names it uses that are not in the repository (as written)
 * @param subcommand up, down, pull, build, config, deploy (stack), ... or null (COMPOSE_FILE)
 * @param projectName {@code -p} value, or null
 * @param envFile {@code --env-file} value (repo-relative) or null
 * @param production whether the context is a deployment (deploy script/job/target, prod-named file)
 * @param stack whether it is {@code docker stack deploy}
 */
public record ComposeInvocation(String source, int line, List<String> files, List<String> missing, String subcommand,
    String projectName, String envFile, boolean production, boolean stack) {}
