#!/usr/bin/env bash
# The readiness action's scan step: builds readiness from the action's own sources (unless READINESS_JAR names a
# built jar), scans INPUT_PATH with the inputs as options, and writes the step outputs. The gate's exit code is an
# output, not this step's status, so SARIF upload and the PR comment still run; a later step fails the job.
set -euo pipefail
action_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set (run inside GitHub Actions or set it to a file)}"

# READINESS_CLASSPATH (tests) or READINESS_JAR (a built jar) skip the build.
if [ -n "${READINESS_CLASSPATH:-}" ]; then
  readiness=(java -cp "$READINESS_CLASSPATH" dev.readiness.cli.Main)
else
  jar=${READINESS_JAR:-}
  if [ -z "$jar" ]; then
    src=$(cd "$action_dir/../../.." && pwd)
    echo "::group::Build readiness from $src"
    mvn -B -q -f "$src/pom.xml" -DskipTests -DskipCds package
    echo "::endgroup::"
    jar="$src/target/readiness.jar"
  fi
  readiness=(java -jar "$jar")
fi

args=(scan "${INPUT_PATH:-.}" --docker off --output "${INPUT_OUTPUT:-readiness-report}"
  --format "${INPUT_FORMATS:-md,html,json,sarif,summary,github}")
[ -n "${INPUT_FAIL_UNDER:-}" ] && args+=(--fail-under "$INPUT_FAIL_UNDER")
if [ -n "${INPUT_FAIL_UNDER_CATEGORY:-}" ]; then
  IFS=',' read -r -a cats <<<"$INPUT_FAIL_UNDER_CATEGORY"
  for c in "${cats[@]}"; do args+=(--fail-under-category "${c// /}"); done
fi
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_HISTORY:-}" ] && args+=(--history "$INPUT_HISTORY")

base=${INPUT_DIFF_BASE:-}
if [ -z "$base" ] && [ -n "${PR_BASE_REF:-}" ]; then
  base="origin/$PR_BASE_REF"
  # A shallow checkout lacks the base branch: fetch just enough of it.
  git -C "${INPUT_PATH:-.}" rev-parse --verify --quiet "$base^{commit}" >/dev/null \
    || git -C "${INPUT_PATH:-.}" fetch --quiet --no-tags --depth=1 origin "+refs/heads/$PR_BASE_REF:refs/remotes/origin/$PR_BASE_REF" \
    || echo "::warning::could not fetch $base; scanning without --diff-base"
  git -C "${INPUT_PATH:-.}" rev-parse --verify --quiet "$base^{commit}" >/dev/null || base=""
fi
[ -n "$base" ] && [ "$base" != "none" ] && args+=(--diff-base "$base")

echo "readiness ${args[*]}"
set +e
"${readiness[@]}" "${args[@]}"
code=$?
set -e

report="${INPUT_OUTPUT:-readiness-report}"
overall=n/a
verdict=unknown
if [ -f "$report/readiness.json" ]; then
  overall=$(python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))["scores"].get("overall"); print("n/a" if v is None else v)' "$report/readiness.json" 2>/dev/null || echo n/a)
  verdict=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verdict"]["level"])' "$report/readiness.json" 2>/dev/null || echo unknown)
fi
{
  echo "exit-code=$code"
  echo "overall=$overall"
  echo "verdict=$verdict"
  [ -d "$report" ] && echo "report-dir=$report"
} >>"$GITHUB_OUTPUT"
# Input errors (2) and internal errors (3) fail this step at once; a failed gate (1) fails the job later.
[ "$code" -le 1 ] || exit "$code"
