#!/usr/bin/env bash
# Scripted timing run for docs/benchmarks.md, one table from one run:
#   start-up (--version, help) next to a bare JVM "hello" measured in the same run;
#   the bundled example (all report formats);
#   every repository of ../shared/corpus alone (real public repositories, each a git repository);
#   monorepos of real content: the corpus snapshots replicated to 10k and 20k files;
#   synthetic monorepos (MonorepoGenerator) with the I/O floor (cat) and the parse floor (SnakeYAML).
# Each row: median wall and CPU (user+sys) of RUNS runs after one warm-up, peak RSS, load average.
# Usage: src/bench/benchmark.sh [RUNS]   (build first: mvn -B -q package -DskipTests && mvn -B -q test-compile)
# Environment: REAL_SIZES (default "10000 20000"), SYNTH_SIZES (default "10000"; "" to skip),
#   BIG_RUNS (runs for monorepos, default RUNS), CORPUS_RUNS (runs per corpus repository, default RUNS;
#   those rows skip the warm-up when it is 1), SKIP_CORPUS_REPOS=1, CORPUS (default ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
BIG_RUNS=${BIG_RUNS:-$RUNS}
CORPUS_RUNS=${CORPUS_RUNS:-$RUNS}
read -r -a REAL_SIZES <<<"${REAL_SIZES-10000 20000}"
read -r -a SYNTH_SIZES <<<"${SYNTH_SIZES-10000}"
CORPUS=${CORPUS:-../shared/corpus}
JAR=target/readiness.jar
LAUNCHER=target/readiness
CP="$JAR:target/test-classes"
WORK=$(mktemp -d /tmp/readiness-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

row() { # what, then measure's output
  local what=$1 w c m l
  read -r w c m l <<<"$2"
  printf '| %s | %s | %s | %s | %s |\n' "$what" "$w" "$c" "$m" "$l"
}
scan_args() { echo "scan $1 --docker off --format json --output $WORK/report --quiet --soft-fail"; }

echo "# $(machine_line)"
echo "# runs per row: $RUNS after one warm-up (corpus repositories: $CORPUS_RUNS; monorepos: $BIG_RUNS, no warm-up: the repository was just written)"
echo
echo "| what | median wall (s) | median CPU (s) | peak RSS (MiB) | load avg (1 min) at start |"
echo "|---|---|---|---|---|"

mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"
row "bare JVM: java Hello" "$(measure java -cp "$WORK/hello" Hello)"
row "bare JVM, launcher's options (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)" \
  "$(measure java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$WORK/hello" Hello)"
row "java -jar readiness.jar --version" "$(measure java -jar "$JAR" --version)"
row "target/readiness --version" "$(measure "$LAUNCHER" --version)"
row "java -jar readiness.jar help" "$(measure java -jar "$JAR" help)"
row "target/readiness help" "$(measure "$LAUNCHER" help)"

EXAMPLE=(scan examples/mvp-stack --docker off --format "md,html,json,sarif,junit" --output "$WORK/ex-report" --quiet --soft-fail)
row "java -jar: example (examples/mvp-stack, 5 formats)" "$(measure java -jar "$JAR" "${EXAMPLE[@]}")"
row "launcher: example (examples/mvp-stack, 5 formats)" "$(measure "$LAUNCHER" "${EXAMPLE[@]}")"

if [ -d "$CORPUS" ]; then
  if [ "${SKIP_CORPUS_REPOS:-0}" != 1 ]; then
    for slug in $(corpus_slugs); do
      corpus_repo "$slug" "$WORK/repo"
      files=$(git -C "$WORK/repo" ls-files | wc -l)
      # shellcheck disable=SC2046
      row "java -jar: corpus $slug ($files files)" "$(RUNS=$CORPUS_RUNS NO_WARMUP=$((CORPUS_RUNS == 1)) measure java -jar "$JAR" $(scan_args "$WORK/repo"))"
    done
    rm -rf "$WORK/repo"
  fi
  for n in "${REAL_SIZES[@]}"; do
    corpus_monorepo "$WORK/real-$n" "$n"
    # shellcheck disable=SC2046
    row "real $n files (corpus replicated): java -jar" "$(RUNS=$BIG_RUNS NO_WARMUP=1 measure java -jar "$JAR" $(scan_args "$WORK/real-$n"))"
    # shellcheck disable=SC2046
    row "real $n files (corpus replicated): launcher" "$(RUNS=$BIG_RUNS NO_WARMUP=1 measure "$LAUNCHER" $(scan_args "$WORK/real-$n"))"
    rm -rf "$WORK/real-$n"
  done
else
  echo "($CORPUS absent: real-content rows skipped)"
fi

for n in "${SYNTH_SIZES[@]}"; do
  [ -n "$n" ] || continue
  repo="$WORK/synth-$n"
  java -cp "$CP" dev.readiness.bench.MonorepoGenerator "$repo" "$n" >/dev/null
  as_git_repo "$repo"
  row "synthetic $n files: cat (I/O floor)" "$(RUNS=$BIG_RUNS measure bash -c "find '$repo' -type f -not -path '*/.git/*' -print0 | xargs -0 cat > /dev/null")"
  row "synthetic $n files: SnakeYAML parse floor" "$(RUNS=$BIG_RUNS measure java -cp "$CP" dev.readiness.bench.YamlParseFloor "$repo")"
  # shellcheck disable=SC2046
  row "synthetic $n files: java -jar" "$(RUNS=$BIG_RUNS NO_WARMUP=1 measure java -jar "$JAR" $(scan_args "$repo"))"
  # shellcheck disable=SC2046
  row "synthetic $n files: launcher" "$(RUNS=$BIG_RUNS NO_WARMUP=1 measure "$LAUNCHER" $(scan_args "$repo"))"
  rm -rf "$repo"
done
echo
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
