[#-- Shared preamble: run from the repo root with the production compose chain, with compose v2 or v1. --]
cd "$(dirname "$0")/[=up]"
export COMPOSE_FILE="${COMPOSE_FILE:-[=composeFileVar]}"
compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose "$@"
  elif command -v docker-compose >/dev/null 2>&1; then
    docker-compose "$@"
  else
    echo "$(basename "$0"): Docker Compose is not installed (install the docker compose plugin)" >&2
    return 127
  fi
}
