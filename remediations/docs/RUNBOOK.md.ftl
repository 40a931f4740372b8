[=marker]
# [=name] runbook

Operational procedures for the production stack. Commands run on the deploy host in the
deploy directory with `export COMPOSE_FILE=[=composeFileVar]`.

## Health and status

```sh
docker compose ps                      # state and health of every container
scripts/wait-for-healthy.sh 60         # exits non-zero and prints logs if anything is unhealthy
docker compose logs --tail 200 <service>
```

## Incident response

1. **Assess**: `docker compose ps` and the logs of unhealthy services; note when it started and what changed (last deploy: `cat .deploy/current`).
2. **Mitigate**: if the last deploy caused it, roll back (below). If a single service is stuck, `docker compose restart <service>` and watch `scripts/wait-for-healthy.sh`.
3. **Communicate**: tell users and the team what is affected and when the next update comes.
4. **Recover and follow up**: once healthy, write down the timeline, the cause and the actions that prevent a repeat.

## Rollback

```sh
scripts/rollback.sh            # to the release recorded in .deploy/previous
scripts/rollback.sh v1.2.3     # to a given tag or commit
```
The script checks out the release, rebuilds, and waits until every container is healthy.
[#if migrationsNote??]
Database migrations are not rolled back automatically: [=migrationsNote]
[/#if]
[#if db??]

## Backups and restore ([=db.kind])

Backups are written daily by the `backup` service (and on demand by `scripts/backup.sh`) to
`./backups/[=db.service]-<timestamp>.[=db.extension]`, kept for 14 days.

Restore (stops writers first; test this regularly on a copy):

```sh
docker compose stop [#list appServices as a][=a] [/#list]
[#if db.kind == "postgres"]
docker compose exec -T [=db.service] sh -c 'pg_restore -U "${POSTGRES_USER:-postgres}" -d "${POSTGRES_DB:-${POSTGRES_USER:-postgres}}" --clean --if-exists' < backups/<file>.dump
[#elseif db.kind == "mongo"]
docker compose exec -T [=db.service] sh -c 'mongorestore --archive --gzip --drop ${MONGO_INITDB_ROOT_USERNAME:+--username "$MONGO_INITDB_ROOT_USERNAME" --password "$MONGO_INITDB_ROOT_PASSWORD" --authenticationDatabase admin}' < backups/<file>.archive.gz
[#else]
gunzip -c backups/<file>.sql.gz | docker compose exec -T [=db.service] sh -c 'exec mysql -uroot -p"${MYSQL_ROOT_PASSWORD:-$MARIADB_ROOT_PASSWORD}"'
[/#if]
docker compose start [#list appServices as a][=a] [/#list]

scripts/wait-for-healthy.sh 180
```

## Disaster recovery (host lost)

1. Provision a host with Docker, clone the repository, restore `[=runtimeEnv?join("`, `")]` from your secret store.
2. Copy the latest dump from off-host storage into `./backups/`.
3. `docker compose up -d [=db.service]`, wait until it is healthy, restore as above, then `docker compose up -d`.
4. Point DNS / the load balancer at the new host and verify with `scripts/wait-for-healthy.sh`.
[/#if]
