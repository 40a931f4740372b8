#!/usr/bin/env bash
[=marker]
# Waits until every container of the compose project is healthy (or running, when it has no
# healthcheck; one-shot jobs must have exited 0). Exits 1 with the containers' last logs after
# the timeout.  Usage: scripts/wait-for-healthy.sh [timeout-seconds]
set -euo pipefail
[#include "compose-lib.ftl"]

timeout="${1:-120}"
deadline=$(( $(date +%s) + timeout ))

while true; do
  ids="$(compose ps -a -q)"
  if [ -z "$ids" ]; then
    echo "wait-for-healthy: no containers in this compose project" >&2
    exit 1
  fi
  total=0
  waiting=""
  failed=""
  for id in $ids; do
    total=$((total + 1))
    read -r name status health code < <(docker inspect --format '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.ExitCode}}' "$id")
    name="${name#/}"
    case "$status/$health" in
      running/healthy | running/none) ;;
      running/starting | created/* | restarting/*) waiting="$waiting $name" ;;
      exited/*) [ "$code" = "0" ] || failed="$failed $name(exited:$code)" ;;
      *) failed="$failed $name($status/$health)" ;;
    esac
  done
  if [ -z "$failed" ] && [ -z "$waiting" ]; then
    echo "wait-for-healthy: all $total containers are up"
    exit 0
  fi
  if [ -n "$failed" ] || [ "$(date +%s)" -ge "$deadline" ]; then
    echo "wait-for-healthy: not healthy:$failed$waiting" >&2
    compose ps >&2 || true
    compose logs --tail 50 >&2 || true
    exit 1
  fi
  sleep 3
done
