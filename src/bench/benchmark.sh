#!/usr/bin/env bash
# Scripted timing run for docs/benchmarks.md: start-up, the bundled example, and synthetic
# monorepos of 1k/5k/10k/20k files (median of N runs after one warm-up), with the I/O floor (cat)
# and the parse floor (SnakeYAML alone) measured in the same run, plus peak RSS.
# Usage: src/bench/benchmark.sh [RUNS] [SIZES...]   (build first: mvn -B -q package -DskipTests && mvn -B -q test-compile)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
shift || true
SIZES=("${@:-1000 5000 10000 20000}")
read -r -a SIZES <<<"${SIZES[*]}"
JAR=target/readiness.jar
CP="$JAR:target/test-classes"
WORK=$(mktemp -d /tmp/readiness-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

# median of RUNS timings (seconds, 3 decimals) of a command, after one warm-up run; peak RSS (KiB) of the last run
measure() {
  local times=() rss=0 out
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$WORK/time.out" -f '%e %M' "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$WORK/time.out")
    times+=("${out%% *}")
    rss=${out##* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $rss"
}

row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }

echo "# machine: load average at start $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -srm), $(java -version 2>&1 | head -1)"
echo
echo "| what | median wall (s) | peak RSS (MiB) |"
echo "|---|---|---|"
LAUNCHER=target/readiness
EXAMPLE=(scan examples/mvp-stack --docker off --format md,html,json,sarif,junit --output "$WORK/ex-report" --quiet --soft-fail)
read -r t m < <(measure java -jar "$JAR" --version); row "java -jar readiness.jar --version" "$t" "$((m / 1024))"
read -r t m < <(measure "$LAUNCHER" --version); row "target/readiness --version (launcher: AppCDS, serial GC, C1)" "$t" "$((m / 1024))"
read -r t m < <(measure java -jar "$JAR" "${EXAMPLE[@]}"); row "java -jar readiness.jar: scan examples/mvp-stack (all formats)" "$t" "$((m / 1024))"
read -r t m < <(measure "$LAUNCHER" "${EXAMPLE[@]}"); row "target/readiness: scan examples/mvp-stack (all formats)" "$t" "$((m / 1024))"
for n in "${SIZES[@]}"; do
  repo="$WORK/mono-$n"
  java -cp "$CP" dev.readiness.bench.MonorepoGenerator "$repo" "$n" >/dev/null
  (cd "$repo" && git init -q && git add -A && git -c user.email=b@b -c user.name=bench commit -qm init)
  read -r t m < <(measure bash -c "find '$repo' -type f -not -path '*/.git/*' -print0 | xargs -0 cat > /dev/null")
  row "${n} files: cat (I/O floor)" "$t" "-"
  read -r t m < <(measure java -cp "$CP" dev.readiness.bench.YamlParseFloor "$repo")
  row "${n} files: SnakeYAML parse floor" "$t" "$((m / 1024))"
  read -r t m < <(measure java -jar "$JAR" scan "$repo" --docker off --format json --output "$WORK/r-$n" --quiet --soft-fail)
  row "${n} files: full scan (java -jar)" "$t" "$((m / 1024))"
  read -r t m < <(measure "$LAUNCHER" scan "$repo" --docker off --format json --output "$WORK/r-$n" --quiet --soft-fail)
  row "${n} files: full scan (target/readiness)" "$t" "$((m / 1024))"
done
