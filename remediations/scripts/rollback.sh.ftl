#!/usr/bin/env bash
[=marker]
# Rolls the stack back to the previous release (the git ref recorded in .deploy/previous by the
# deploy workflow) or to the ref given, rebuilds, and waits until it is healthy.
# Usage: scripts/rollback.sh [git-ref]
set -euo pipefail
[#include "compose-lib.ftl"]

target="${1:-}"
if [ -z "$target" ] && [ -f .deploy/previous ]; then
  target="$(cat .deploy/previous)"
fi
if [ -z "$target" ]; then
  echo "rollback: no previous release recorded in .deploy/previous; pass a git ref (a tag or commit)" >&2
  exit 2
fi

echo "rollback: returning to $target"
git checkout --force "$target"
compose up -d --build --remove-orphans
"$(dirname "$0")/wait-for-healthy.sh" "${HEALTH_TIMEOUT:-180}"
mkdir -p .deploy
git rev-parse HEAD > .deploy/current
echo "rollback: $target is up and healthy"
