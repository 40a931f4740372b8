#!/bin/sh
# Dumps the database into /backups and keeps two weeks of dumps.
set -eu
export PGPASSWORD="$(cat "${PGPASSWORD_FILE}")"
pg_dump --format=custom --file="/backups/shop-$(date +%Y%m%d%H%M).dump" shop
find /backups -name 'shop-*.dump' -mtime +14 -delete
