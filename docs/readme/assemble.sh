#!/usr/bin/env bash
# Rebuilds README.md from docs/readme/: the header (what it does, the picture, the two commands) and the
# newcomer's path (install, own repository, CI, fix, links), each
# without its trailing newlines, separated by one blank line. Edit the sections, run this, commit
# both; ReadmeAssemblyTest fails when README.md is stale.
set -euo pipefail
cd "$(dirname "$0")"
SECTIONS=(header usage)
{
  first=1
  for s in "${SECTIONS[@]}"; do
    [ "$first" = 1 ] || printf '\n'
    first=0
    printf '%s\n' "$(cat "$s.md")"
  done
} > ../../README.md
