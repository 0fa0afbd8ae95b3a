#!/usr/bin/env bash
# Runs the browser journeys N times in a row (default 3) while another process keeps one core busy, to show the
# journeys wait for states, not for times (issue 9). Usage: tools/e2e-under-load.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
# A missing Chromium fails the runs instead of skipping them (as in CI).
export CI=true
npm run build --silent
node -e 'const end = Date.now() + 4 * 3600e3; for (;;) { if (Date.now() > end) break; }' &
burner=$!
trap 'kill $burner 2>/dev/null || true' EXIT
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if npx jest -c test/e2e/jest.config.js; then result=passed; else result=FAILED; failed=$((failed + 1)); fi
  echo "RESULT e2e-under-load run=$i/$runs $result seconds=$(( $(date +%s) - start ))"
done
echo "RESULT e2e-under-load runs=$runs failed=$failed (one core kept busy by pid $burner)"
[ "$failed" -eq 0 ]
