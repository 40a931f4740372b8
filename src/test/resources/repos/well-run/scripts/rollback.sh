#!/usr/bin/env bash
# Restores the release that was running before the last deploy.
set -euo pipefail

previous="$(cat .previous-tag)"
if [ "$previous" = "none" ]; then
  echo "no previous release recorded" >&2
  exit 1
fi
export IMAGE_TAG="$previous"
docker compose -f compose.yaml -f compose.prod.yaml up -d --wait backend
echo "rolled back to $previous"
