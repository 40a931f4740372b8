#!/usr/bin/env bash
[=marker]
# Dumps the [=db.kind] database of the "[=db.service]" service into [=backupDir]/ and deletes dumps
# older than BACKUP_RETENTION_DAYS (default 14). Credentials come from the container's own
# environment, so none are stored here.  Restore: see RUNBOOK.md.
set -euo pipefail
[#include "compose-lib.ftl"]

dir="${BACKUP_DIR:-[=backupDir]}"
keep="${BACKUP_RETENTION_DAYS:-14}"
mkdir -p "$dir"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$dir/[=db.service]-$stamp.[=db.extension]"
tmp="$out.partial"
trap 'rm -f "$tmp"' EXIT

# The variables expand inside the database container, where its credentials live.
# shellcheck disable=SC2016
[#if db.kind == "postgres"]
compose exec -T [=db.service] sh -c 'pg_dump -U "${POSTGRES_USER:-postgres}" -Fc "${POSTGRES_DB:-${POSTGRES_USER:-postgres}}"' > "$tmp"
[#elseif db.kind == "mysql" || db.kind == "mariadb"]
compose exec -T [=db.service] sh -c 'exec mysqldump --single-transaction --routines --all-databases -uroot -p"${MYSQL_ROOT_PASSWORD:-$MARIADB_ROOT_PASSWORD}"' | gzip > "$tmp"
[#elseif db.kind == "mongo"]
compose exec -T [=db.service] sh -c 'exec mongodump --archive --gzip ${MONGO_INITDB_ROOT_USERNAME:+--username "$MONGO_INITDB_ROOT_USERNAME" --password "$MONGO_INITDB_ROOT_PASSWORD" --authenticationDatabase admin}' > "$tmp"
[/#if]
test -s "$tmp"
mv "$tmp" "$out"
echo "backup: wrote $out"
find "$dir" -name '[=db.service]-*.[=db.extension]' -type f -mtime +"$keep" -print -delete
