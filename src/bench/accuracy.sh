#!/usr/bin/env bash
# Accuracy report on the expert-labeled corpus (../shared/corpus): per repository and per check, labeled statuses
# agreed, mustNotFind still reported, mustFind missed, area scores outside the expert range, verdicts, tier order.
# Usage: src/bench/accuracy.sh [--details] [--write-floor FILE] [SLUG...]
# Builds what it needs (the jar and the test classes) when they are missing; exits 1 below the recorded floor.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/readiness.jar ] || [ ! -f target/test-classes/dev/readiness/accuracy/AccuracyMain.class ]; then
  mvn -B -q package -DskipTests && mvn -B -q test-compile
fi
CP="target/readiness.jar:target/test-classes"
exec java -cp "$CP" dev.readiness.accuracy.AccuracyMain "$@"
