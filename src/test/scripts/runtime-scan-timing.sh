#!/usr/bin/env bash
# Times the engine start and a runtime scan of 10 running containers on the podman test engine.
# Usage (from the project root): src/test/scripts/runtime-scan-timing.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
engine=src/test/scripts/docker-engine.sh

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/timing-classpath.txt >/dev/null

start=$(date +%s.%N)
dir=$(bash "$engine" start | tail -1)
ready=$(date +%s.%N)
trap 'bash "$engine" stop "$dir"' EXIT
printf 'engine setup: %.2f s\n' "$(echo "$ready - $start" | bc)"

for i in $(seq 1 10); do
  bash "$engine" podman "$dir" run -d --name "timing-$i" --network none --memory 32m --restart unless-stopped \
    --health-cmd true -l com.docker.compose.project=timing -l com.docker.compose.service="svc$i" \
    localhost/readiness-busybox:test sleep 600 >/dev/null 2>&1
done
created=$(date +%s.%N)
printf '10 containers started: %.2f s\n' "$(echo "$created - $ready" | bc)"

java -cp "target/classes:target/test-classes:$(cat target/timing-classpath.txt)" \
  dev.readiness.scan.runtime.RuntimeScanTiming "unix://$dir/podman.sock" "$runs"
