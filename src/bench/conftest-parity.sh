#!/usr/bin/env bash
# conftest parity: runs conftest's own acceptance.bats cases for `conftest test` against
# `readiness policy check` and prints a table (case, equivalent?, result, reason).
#
# Usage: CONFTEST_SRC=/path/to/conftest/checkout src/bench/conftest-parity.sh [readiness.jar]
#   CONFTEST_SRC  an extracted checkout of open-policy-agent/conftest (acceptance.bats + examples/)
#   CONFTEST      optional: the real conftest binary; when given (or on PATH) every case is also run
#                 through it and the two outputs' pass/fail and FAIL/WARN lines are compared.
# Each bats case is a bash body: `run CMD` sets $status, $output and $lines; the body's [ ] tests decide.
# `./conftest test ...` runs readiness through a shim; cases using other conftest commands (verify,
# parse, pull, ...) or parsers readiness lacks (hcl1, cue, edn, ...; .tf/.tfvars/.hcl are HCL2, as in conftest) are listed as having no equivalent.
set -u
src="${CONFTEST_SRC:?set CONFTEST_SRC to a conftest checkout}"
jar="${1:-$(cd "$(dirname "$0")/../.." && pwd)/target/readiness.jar}"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests" >&2; exit 2; }
real="${CONFTEST:-$(command -v conftest || true)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the shim: `conftest test ARGS` is `readiness policy check ARGS`; anything else has no equivalent
cat > "$work/conftest" <<SHIM
#!/usr/bin/env bash
if [ "\${1:-}" = "test" ]; then shift; exec java -jar "$jar" policy check "\$@"; fi
echo "no equivalent: conftest \$*" >&2; exit 127
SHIM
chmod +x "$work/conftest"

# split acceptance.bats into one file per @test (name, then body)
awk -v dir="$work" '
  /^@test "/ { n++; name=$0; sub(/^@test "/, "", name); sub(/" \{$/, "", name);
               f=sprintf("%s/case%03d", dir, n); print name > (f ".name"); close(f ".name"); inbody=1; next }
  inbody && /^}$/ { inbody=0; close(f ".sh"); next }
  inbody { print > (f ".sh") }
' "$src/acceptance.bats"

unsupported_parsers='--parser (hcl1|edn|hocon|vcl|jsonnet|cue|ignore|groovy|textproto|spdx|cyclonedx|jsonc|nginx|codeowners)'
total=0; equiv=0; same=0
printf '%-4s %-72s %-6s %s\n' "#" "case" "result" "reason"
for f in "$work"/case*.sh; do
  total=$((total + 1))
  name=$(cat "${f%.sh}.name")
  body=$(cat "$f")
  reason=""
  if ! grep -q 'conftest test\|conftest -c\|/conftest test' "$f"; then
    reason="no equivalent: not conftest test (verify/parse/pull/flags)"
  elif grep -qE 'conftest (verify|parse|pull|push|fmt|document)|--update|-c \$DIR|configfile|--trace|--strict|--capabilities|--show-builtin-errors|--quiet|--proto-file-dirs' "$f"; then
    reason="no equivalent: uses a conftest-only command or flag"
  elif inputs=$(sed -E 's/(-p|--policy) [^ ]+//g' "$f"); grep -qE -e "$unsupported_parsers|examples/(textproto|cue|edn|hocon|vcl|jsonnet|jenkins|spdx|cyclonedx)/?( |$)" <<< "$inputs" \
      || { ! grep -qE -e '--parser (json|yaml|toml|ini|properties|xml|dockerfile|dotenv|hcl2)' <<< "$inputs" \
           && grep -qE -e '\.edn|\.conf\b|\.vcl|\.jsonnet|\.cue|ignore|Jenkinsfile|\.textproto|spdx|cyclonedx|CODEOWNERS' <<< "$inputs"; }; then
    reason="no equivalent: input format not supported (hcl1/edn/hocon/vcl/jsonnet/cue/ignore/groovy/textproto/spdx/cyclonedx/codeowners)"
  fi
  if [ -n "$reason" ]; then
    printf '%-4s %-72.72s %-6s %s\n' "$total" "$name" "n/a" "$reason"
    continue
  fi
  equiv=$((equiv + 1))
  # bats semantics: `run` captures status/output/lines (empty lines dropped); any failing command fails the case
  ( cd "$src" && PATH="$work:$PATH" bash -c '
      run() { output=$("$@" 2>&1) && status=0 || status=$?; lines=(); while IFS= read -r l; do [ -n "$l" ] && lines+=("$l"); done <<< "$output"; return 0; }
      trap '"'"'echo "failed: $BASH_COMMAND"'"'"' ERR
      set -e
      shopt -s extglob
      '"$(sed 's#\(\.\./\)*\.*/*conftest #conftest #g' "$f")"'
    ' ) > "$work/out" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then
    same=$((same + 1)); printf '%-4s %-72.72s %-6s\n' "$total" "$name" "same"
  else
    printf '%-4s %-72.72s %-6s %s\n' "$total" "$name" "DIFF" "$(tail -1 "$work/out" | cut -c1-100)"
  fi
done
echo
echo "acceptance.bats: $total cases, $equiv with an equivalent in readiness policy check, $same identical ($(( equiv > 0 ? same * 100 / equiv : 0 ))%)"

# differential over examples/ with the real conftest binary, when present
if [ -n "$real" ] && [ -x "$real" ]; then
  echo
  printf '%-40s %-6s %s\n' "example" "result" "reason"
  n=0; eq=0
  for dir in "$src"/examples/*/; do
    [ -d "$dir/policy" ] || continue
    for input in "$dir"*; do
      [ -f "$input" ] || continue
      case "$input" in *.yaml|*.yml|*.json|*.toml|*.ini|*.properties|*.xml|*Dockerfile|*.env|*.tf|*.tfvars|*.hcl) ;; *) continue ;; esac
      n=$((n + 1))
      a=$( cd "$src" && "$real" test --no-color -p "$dir/policy" "$input" 2>&1 ); ra=$?
      b=$( cd "$src" && java -jar "$jar" policy check -p "$dir/policy" "$input" 2>&1 ); rb=$?
      la=$(grep -E '^(FAIL|WARN|EXCP) ' <<< "$a" | sort); lb=$(grep -E '^(FAIL|WARN|EXCP) ' <<< "$b" | sort)
      if [ $ra -eq $rb ] && [ "$la" = "$lb" ]; then eq=$((eq + 1)); r=same; why=""; else r=DIFF; why="exit $ra vs $rb; $(diff <(echo "$la") <(echo "$lb") | grep '^[<>]' | head -1 | cut -c1-80)"; fi
      printf '%-40.40s %-6s %s\n' "${input#$src/examples/}" "$r" "$why"
    done
  done
  echo "examples/: $n inputs, $eq identical exit code and FAIL/WARN/EXCP lines ($(( n > 0 ? eq * 100 / n : 0 ))%)"

  # HCL2 input documents: every .tf/.tfvars/.hcl of examples/ and of this project's fixtures, given to a policy
  # that denies with json.marshal(input), must reach the policy identically (conftest converts with hcl2json)
  mkdir -p "$work/dump"
  printf 'package main\n\ndeny contains msg if { msg := json.marshal(input) }\n' > "$work/dump/dump.rego"
  fixtures="$(cd "$(dirname "$0")/../.." && pwd)/src/test/resources/conftest-hcl2"
  n=0; eq=0
  while IFS= read -r input; do
    n=$((n + 1))
    a=$( "$real" test --no-color -p "$work/dump" "$input" 2>&1 ); ra=$?
    b=$( java -jar "$jar" policy check -p "$work/dump" "$input" 2>&1 ); rb=$?
    la=$(grep -E '^FAIL ' <<< "$a"); lb=$(grep -E '^FAIL ' <<< "$b")
    if [ $ra -eq $rb ] && [ -n "$la" ] && [ "$la" = "$lb" ]; then eq=$((eq + 1)); r=same; why=""; else r=DIFF; why="exit $ra vs $rb; $(diff <(fold -w 60 <<< "$la") <(fold -w 60 <<< "$lb") | grep '^[<>]' | head -2 | tr '\n' ' ' | cut -c1-140)"; fi
    printf '%-40.40s %-6s %s\n' "${input##*/}" "$r" "$why"
  done < <(find "$src/examples" "$fixtures" -type f \( -name '*.tf' -o -name '*.tfvars' -o -name '*.hcl' \) 2>/dev/null | sort)
  echo "HCL2 input documents: $n files, $eq identical"
else
  echo "(no conftest binary: set CONFTEST or put it on PATH for the examples/ differential)"
fi
