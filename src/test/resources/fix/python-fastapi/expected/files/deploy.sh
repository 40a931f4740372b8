#!/bin/bash
set -e
git pull origin main
docker-compose -f docker-compose.yml -f compose.prod.yaml up -d --build
COMPOSE_FILE="docker-compose.yml:compose.prod.yaml" "$(dirname "$0")/scripts/wait-for-healthy.sh" "${HEALTH_TIMEOUT:-180}" || exit 1
echo "deployed"
