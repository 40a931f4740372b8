#!/usr/bin/env bash
# Fleet benchmark: N repositories made by replicating ../shared/corpus (each copy its own git repository), scanned
# by `readiness fleet scan` in one JVM (--jobs J), against scanning them one by one with a separate JVM each.
# Prints wall time, CPU time and peak RSS of both, and the ratio.
# Usage: src/bench/fleet.sh [N=100] [JOBS=2]     (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100}
JOBS=${2:-2}
JAR=$PWD/target/readiness.jar
CORPUS=${CORPUS:-$PWD/../shared/corpus}
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
WORK=$(mktemp -d /tmp/readiness-fleet-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

mapfile -t slugs < <(find "$CORPUS" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
for i in $(seq 1 "$N"); do
  slug=${slugs[$(( (i - 1) % ${#slugs[@]} ))]}
  repo="$WORK/repos/$(printf '%03d' "$i")-$slug"
  mkdir -p "$repo"
  cp -r "$CORPUS/$slug/." "$repo/"
  (cd "$repo" && git init -q && git add -A -f && git -c user.name=bench -c user.email=b@b commit -qm s)
  echo "$repo" >>"$WORK/list.txt"
done
files=$(find "$WORK/repos" -type f -not -path '*/.git/*' | wc -l)
echo "# $N repositories ($files files) from ${#slugs[@]} corpus snapshots; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo
echo "| run | wall (s) | CPU user+sys (s) | peak RSS (MiB) |"
echo "|---|---|---|---|"
/usr/bin/time -o "$WORK/t1" -f '%e %U %S %M' java -jar "$JAR" fleet scan --list "$WORK/list.txt" \
  --output "$WORK/fleet" --jobs "$JOBS" >"$WORK/fleet.log" 2>&1 || true
read -r w u s m <"$WORK/t1"
printf '| fleet scan, one JVM, --jobs %s | %s | %.1f | %d |\n' "$JOBS" "$w" "$(echo "$u + $s" | bc)" "$((m / 1024))"
fleet_wall=$w
start=$(date +%s.%N); cpu=0; peak=0
while read -r repo; do
  /usr/bin/time -o "$WORK/t2" -f '%e %U %S %M' java -jar "$JAR" scan "$repo" --docker off --format json,html \
    --output "$WORK/single/$(basename "$repo")" --quiet --soft-fail >/dev/null 2>&1 || true
  read -r _ u s m <"$WORK/t2"
  cpu=$(echo "$cpu + $u + $s" | bc)
  [ "$m" -gt "$peak" ] && peak=$m
done <"$WORK/list.txt"
single_wall=$(echo "$(date +%s.%N) - $start" | bc)
printf '| one JVM per repository, sequential | %.1f | %.1f | %d |\n' "$single_wall" "$cpu" "$((peak / 1024))"
echo
printf 'fleet scan is %.2fx faster than separate JVMs; scanned: %s\n' "$(echo "$single_wall / $fleet_wall" | bc -l)" \
  "$(grep -c '^scanned' "$WORK/fleet.log") of $N"
