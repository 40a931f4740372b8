[=marker]
# Deploying [=name]

This guide covers the production deployment of the compose stack in this repository.

## Services

| service | role | runs |
|---|---|---|
[#list services as s]
| [=s.name] | [=s.role!"other"] | [#if s.image??]`[=s.image]`[#else]built from `[=s.buildContext!"."]`[/#if] |
[/#list]

## Environments and configuration

- Production uses the compose files `[=composeChain?join("`, `")]` (set `COMPOSE_FILE=[=composeFileVar]`).
- Configuration comes from environment variables; `[=envTemplate]` lists every one of them with
  secrets marked. The stack reads `[=runtimeEnv?join("`, `")]`: create [#if runtimeEnv?size > 1]them[#else]it[/#if] on the host from the template
  (mode 600, never committed) and fill in the values.
[#if secretsGenerated]
- `readiness fix` generated `.env` with random secrets for local runs; generate separate values per environment.
[/#if]

## First-time setup on a host

1. Install Docker Engine with the compose plugin (`docker compose version`).
2. Clone the repository to the deploy path, e.g. `/srv/[=name]`, and create `[=runtimeEnv?join("`, `")]` there from `[=envTemplate]`.
3. Start the stack and wait for it to be healthy:

   ```sh
   export COMPOSE_FILE=[=composeFileVar]
   docker compose up -d --build
   scripts/wait-for-healthy.sh 180
   ```

## Continuous deployment

[#if deployWorkflow]
`.github/workflows/deploy.yml` deploys [#if mainBranch??]every push to `[=mainBranch]` and [/#if]every `v*` tag to the `production`
GitHub environment (add required reviewers and branch rules there). It connects over SSH with the
environment secrets `DEPLOY_HOST`, `DEPLOY_USER`, `DEPLOY_SSH_KEY`, `DEPLOY_KNOWN_HOSTS` and
`DEPLOY_PATH`, records the running release in `.deploy/previous`, rolls out, waits for every
container to be healthy and runs `scripts/rollback.sh` automatically when it does not get there.
Run it by hand (Actions → Deploy → Run workflow) with a `ref` to deploy or roll back to a given tag.
[#else]
Deployments are run by hand with the commands above on the host.
[/#if]
[#if imageWorkflow]

`.github/workflows/container-build.yml` builds every image, scans it with Trivy (the build fails
on fixable critical/high vulnerabilities) and pushes it to GHCR on [#if mainBranch??]`[=mainBranch]` and [/#if]version tags.
[/#if]

## Rollback

`scripts/rollback.sh` returns to the release in `.deploy/previous`; `scripts/rollback.sh v1.2.3`
returns to a given tag. Both rebuild and wait for health. See `RUNBOOK.md` for database restores.
[#if db??]

## Backups

The `backup` service dumps the [=db.kind] database every day into `./backups` and keeps 14 days
(`BACKUP_RETENTION_DAYS`). `scripts/backup.sh` takes one on demand. Copy `./backups` off the host
(object storage, another machine): a backup on the same disk does not survive losing the disk.
[/#if]
