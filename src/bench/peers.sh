#!/usr/bin/env bash
# readiness next to its peers, in one run, on the same files (docs/benchmarks.md, "Peers"):
#   Checkov (frameworks dockerfile, github_actions, secrets), Trivy's config scan, hadolint on the
#   Dockerfiles. Inputs: every repository of ../shared/corpus one by one (times summed), and the corpus
#   replicated to a 10k-file monorepo. Each cell: wall and CPU (user+sys) in seconds and peak RSS in MiB,
#   median of RUNS runs (one run for the monorepo unless BIG_RUNS says otherwise), then ratios to readiness.
# Usage: src/bench/peers.sh [RUNS]   (tools: READINESS_PEERS=1 bash .ci/run installs them; PATH gets $HOME/.cache/readiness-tools)
# Environment: MONO_SIZE (default 10000), BIG_RUNS (default 1), CORPUS (default ../shared/corpus),
#   WITH_JAR=0 leaves out the java -jar rows (benchmark.sh has them). With RUNS=1 there is no warm-up run.
# Progress (every measurement) goes to stderr as it happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-1}
BIG_RUNS=${BIG_RUNS:-1}
MONO_SIZE=${MONO_SIZE:-10000}
CORPUS=${CORPUS:-../shared/corpus}
TOOLS=${READINESS_TOOLS:-$HOME/.cache/readiness-tools}
export PATH="$TOOLS/bin:$TOOLS/venv/bin:$PATH"
JAR=target/readiness.jar
LAUNCHER=target/readiness
WORK=$(mktemp -d /tmp/readiness-peers.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
export CHECKOV_RUN_SCA_PACKAGE_SCAN_V2=false BC_SKIP_MAPPING=TRUE

# the tools, each a function of one directory; a missing tool is reported and left out
tool_readiness_jar() { java -jar "$JAR" scan "$1" --docker off --format json --output "$WORK/r" --quiet --soft-fail; }
tool_readiness_launcher() { "$LAUNCHER" scan "$1" --docker off --format json --output "$WORK/r" --quiet --soft-fail; }
tool_checkov() { checkov -d "$1" --framework dockerfile github_actions secrets --skip-download --quiet --compact -o json >"$WORK/checkov.json" || true; }
tool_trivy() { trivy config --quiet --skip-check-update --cache-dir "$WORK/trivy-cache" --format json "$1" >"$WORK/trivy.json" || true; }
tool_hadolint() {
  find "$1" -type f \( -iname 'dockerfile*' -o -iname '*.dockerfile' -o -name 'Containerfile*' \) \
    -not -path '*/.git/*' -print0 | xargs -0 -r hadolint --no-fail -f json >"$WORK/hadolint.json" || true
}
export JAR LAUNCHER WORK
export -f tool_readiness_jar tool_readiness_launcher tool_checkov tool_trivy tool_hadolint
# /usr/bin/time needs a program: run the function in a child bash
# shellcheck disable=SC2016 # expanded by the child bash
run_tool() { measure bash -c 'tool_"$0" "$1" >/dev/null 2>&1' "$@"; }
TOOLS_LIST=(readiness_launcher)
[ "${WITH_JAR:-1}" = 1 ] && TOOLS_LIST=(readiness_jar readiness_launcher)
command -v checkov >/dev/null && TOOLS_LIST+=(checkov) || echo "# checkov not installed: left out"
command -v trivy >/dev/null && TOOLS_LIST+=(trivy) || echo "# trivy not installed: left out"
command -v hadolint >/dev/null && TOOLS_LIST+=(hadolint) || echo "# hadolint not installed: left out"

label() {
  case $1 in
    readiness_jar) echo "readiness (java -jar)" ;;
    readiness_launcher) echo "readiness (launcher)" ;;
    checkov) echo "Checkov $(checkov --version 2>/dev/null)" ;;
    trivy) echo "Trivy $(trivy --version 2>/dev/null | awk '/^Version/ {print $2}') config" ;;
    hadolint) echo "hadolint $(hadolint --version 2>/dev/null | awk '{print $NF}')" ;;
  esac
}

echo "# $(machine_line)"
echo

# corpus: every repository one by one, per tool the sums of the per-repository medians
for slug in $(corpus_slugs); do corpus_repo "$slug" "$WORK/repos/$slug"; done
declare -A CW CC CM
for t in "${TOOLS_LIST[@]}"; do
  w=0 c=0 m=0
  for slug in $(corpus_slugs); do
    read -r mw mc mm ml <<<"$(NO_WARMUP=$((RUNS == 1)) run_tool "$t" "$WORK/repos/$slug")"
    echo "peers: $t $slug: wall $mw s, CPU $mc s, $mm MiB, load $ml" >&2
    w=$(awk -v a="$w" -v b="$mw" 'BEGIN {print a + b}')
    c=$(awk -v a="$c" -v b="$mc" 'BEGIN {print a + b}')
    [ "$mm" -gt "$m" ] && m=$mm
  done
  CW[$t]=$w CC[$t]=$c CM[$t]=$m
done
load_corpus=$(cut -d' ' -f1 /proc/loadavg)
rm -rf "$WORK/repos"

corpus_monorepo "$WORK/mono" "$MONO_SIZE"
declare -A MW MC MM
for t in "${TOOLS_LIST[@]}"; do
  read -r mw mc mm ml <<<"$(RUNS=$BIG_RUNS NO_WARMUP=1 run_tool "$t" "$WORK/mono")"
  echo "peers: $t monorepo $MONO_SIZE: wall $mw s, CPU $mc s, $mm MiB, load $ml" >&2
  MW[$t]=$mw MC[$t]=$mc MM[$t]=$mm
done
load_mono=$(cut -d' ' -f1 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1fx", a / b; else print "-"}'; }
echo "| tool | corpus, $(corpus_slugs | wc -l) repos one by one: wall / CPU (s), peak RSS (MiB) | vs readiness (launcher) wall / CPU | $MONO_SIZE-file monorepo: wall / CPU (s), peak RSS (MiB) | vs readiness (launcher) wall / CPU |"
echo "|---|---|---|---|---|"
for t in "${TOOLS_LIST[@]}"; do
  printf '| %s | %s / %s, %s | %s / %s | %s / %s, %s | %s / %s |\n' "$(label "$t")" \
    "${CW[$t]}" "${CC[$t]}" "${CM[$t]}" "$(ratio "${CW[$t]}" "${CW[readiness_launcher]}")" "$(ratio "${CC[$t]}" "${CC[readiness_launcher]}")" \
    "${MW[$t]}" "${MC[$t]}" "${MM[$t]}" "$(ratio "${MW[$t]}" "${MW[readiness_launcher]}")" "$(ratio "${MC[$t]}" "${MC[readiness_launcher]}")"
done
echo
echo "# load average: $load_corpus after the corpus rows, $load_mono after the monorepo rows, $(cut -d' ' -f1-3 /proc/loadavg) at end"
echo "# runs: $RUNS per corpus repository (after one warm-up unless 1), $BIG_RUNS on the monorepo"
echo
echo "What each covers on these files:"
echo "- readiness: compose, Dockerfiles, env files, CI workflows (GitHub, GitLab, CircleCI, Azure, Bitbucket, Jenkins), scripts, docs,"
echo "  application sources (health, metrics, logging, CORS...), committed secrets; 70 checks over 5 areas, scores and a verdict."
echo "- Checkov (dockerfile, github_actions, secrets): Dockerfile and GitHub Actions misconfiguration checks and a secrets scan."
echo "- Trivy config: misconfiguration checks for Dockerfiles, Kubernetes, Terraform, CloudFormation, Helm (no compose, no CI)."
echo "- hadolint: Dockerfile lint (with ShellCheck on RUN lines), Dockerfiles only."
