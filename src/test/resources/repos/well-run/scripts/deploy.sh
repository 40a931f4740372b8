#!/usr/bin/env bash
# Deploys a tagged release: remembers the running tag so scripts/rollback.sh can restore it.
set -euo pipefail

TAG="${1:?usage: deploy.sh TAG}"
COMPOSE=(docker compose -f compose.yaml -f compose.prod.yaml)

current="$("${COMPOSE[@]}" images backend --format json | sed -n 's/.*"Tag":"\([^"]*\)".*/\1/p' | head -n1)"
echo "${current:-none}" > .previous-tag

export IMAGE_TAG="$TAG"
"${COMPOSE[@]}" pull
"${COMPOSE[@]}" run --rm backend alembic upgrade head
"${COMPOSE[@]}" up -d --wait --wait-timeout 120
curl -fsS https://shop.example.com/healthz
echo "deployed $TAG"
