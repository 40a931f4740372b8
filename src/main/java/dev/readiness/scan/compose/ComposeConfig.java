package dev.readiness.scan.compose;

import java.util.List;

/**
 * A merged view of a chain of compose files, as {@code docker compose -f a -f b config} sees it.
 *
 * @param name default, production, or the stem of the last file
 * @param files the chain in merge order
 * @param production whether this is what production runs (prod-named file, or run by a deploy script/workflow/target)
 * @param source how the chain was found: default (compose.yaml + override), production-file, invocation, compose-file-env
 * @param usedBy file:line of each script, workflow, Makefile line or COMPOSE_FILE that runs this chain
 * @param envFile the .env compose reads for interpolation, or null when there is none
 * @param services merged services in name order
 * @param networks top-level networks
 * @param volumes top-level volumes
 * @param secrets top-level secrets
 * @param unresolvedVariables {@code ${VAR}} references not set in the .env
 * @param purpose deployment, development, devcontainer or test: what the chain is for ({@link ComposePurpose#ofChain})
 * @param swarm whether the chain is a Swarm stack: a stack-named file (docker-stack.yml), deploy keys only
 *     Swarm acts on (placement, update_config, ...), or run by {@code docker stack deploy}
 * @param activeProfiles profiles enabled by COMPOSE_PROFILES in the .env (or, without one, the env template)
 */
public record ComposeConfig(String name, List<String> files, boolean production, String source, List<String> usedBy,
    String envFile, List<ComposeService> services, List<NamedResource> networks, List<NamedResource> volumes,
    List<SecretDecl> secrets, List<UnresolvedVariable> unresolvedVariables, String purpose, boolean swarm, List<String> activeProfiles) {}
