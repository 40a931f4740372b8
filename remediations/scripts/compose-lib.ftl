[#-- Shared preamble: run from the repo root with the production compose chain, with v2 or v1 compose. --]
cd "$(dirname "$0")/[=up]"
export COMPOSE_FILE="${COMPOSE_FILE:-[=composeFileVar]}"
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  compose=(docker-compose)
fi
