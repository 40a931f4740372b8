[#-- Shared preamble: run from the repo root with the production compose chain, with compose v2 or v1. --]
cd "$(dirname "$0")/[=up]"
export COMPOSE_FILE="${COMPOSE_FILE:-[=composeFileVar]}"
compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose "$@"
  else
    docker-compose "$@"
  fi
}
