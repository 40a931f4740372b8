#!/usr/bin/env bash
# Copies fixture files into the Jazzer seed directories of the fuzz tests (src/test/java/dev/readiness/fuzz).
# Each copy is named after the file it came from ('/' becomes '__'), so a seed always says where it came
# from; the hand-written hostile seeds next to them are named nasty-*. Run from anywhere; re-running
# refreshes the copies and leaves the nasty-* seeds (and crash-* regression seeds) alone.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seeds=src/test/resources/dev/readiness/fuzz

copy() { # copy TARGET_DIR FILE...
  local dir="$seeds/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do
    local name="${f#src/test/resources/}"
    cp "$f" "$dir/${name//\//__}"
  done
}

# every fixture compose file except the generated (expected/) ones, which repeat the same shapes
copy ComposeFuzzTestInputs/composeFile \
  $(find src/test/resources/repos src/test/resources/compose-compat src/test/resources/fix -path '*/expected/*' -prune -o -type f -iname '*compose*.y*ml' -print | sort) \
  examples/mvp-stack/docker-compose.yml \
  src/test/resources/fix/python-fastapi/expected/files/compose.prod.yaml

copy DockerfileFuzzTestInputs/dockerfile \
  $(find src/test/resources examples -type f \( -name 'Dockerfile*' -o -name 'Containerfile*' \) | sort)

copy EnvFileFuzzTestInputs/envFile \
  $(find src/test/resources examples -type f \( -name '.env' -o -name '.env.*' \) | sort)

copy GithubWorkflowFuzzTestInputs/workflow \
  $(find src/test/resources/repos src/test/resources/fix/python-fastapi examples -path '*/.github/workflows/*' -type f | sort)

# the built-in library, one policy per area and its test, and the wasm demo policy
copy RegoModuleFuzzTestInputs/module \
  policies/lib/*.rego \
  $(for area in automation documentation infrastructure monitoring runtime security; do
      ls policies/$area/*.rego | grep -v '_test\.rego$' | head -3
      ls policies/$area/*_test.rego | head -1
    done) \
  src/test/resources/wasm/demo-policy.rego
