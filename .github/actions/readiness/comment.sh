#!/usr/bin/env bash
# Posts the compact summary (readiness-summary.md, within GitHub's 65,536-character limit) on the pull request,
# editing readiness's earlier comment instead of adding one per push.
set -euo pipefail
: "${PR_NUMBER:?}" "${REPORT_DIR:?}"
body="$REPORT_DIR/readiness-summary.md"
[ -f "$body" ] || body="$REPORT_DIR/readiness.md"
[ -f "$body" ] || { echo "no summary to post"; exit 0; }
if [ "$(wc -c <"$body")" -gt 65000 ]; then
  head -c 64000 "$body" >"$body.cut" && printf '\n\n(cut to fit a comment: see the full report in the job artifacts)\n' >>"$body.cut"
  body="$body.cut"
fi
gh pr comment "$PR_NUMBER" --edit-last --body-file "$body" 2>/dev/null || gh pr comment "$PR_NUMBER" --body-file "$body"
