#!/usr/bin/env bash
# The gates `npm test` runs before the tests, in two lanes at once: each tool is single-threaded
# and CI has 2 cores (in a row they took 58 s, in two lanes 49 s: type-aware ESLint and tsc slow
# each other). Run by npm, so the tools in node_modules/.bin are on the PATH. Each lane's output
# is printed whole once both are done.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Lane 1: ESLint (type-aware, the slowest gate). Lane 2: format, types, unused code, build, size.
(eslint --max-warnings 0 .) >"$logs/lint.log" 2>&1 &
lint=$!
(prettier --check . && tsc --noEmit -p . && knip && vite build && node scripts/size-report.mjs --budget) >"$logs/rest.log" 2>&1 &
rest=$!

wait "$lint"
lint_rc=$?
wait "$rest"
rest_rc=$?
echo "== format, types, knip, build, size"
cat "$logs/rest.log"
echo "== ESLint"
cat "$logs/lint.log"
if [ "$lint_rc" -ne 0 ] || [ "$rest_rc" -ne 0 ]; then
  echo "gates: failed (ESLint exit $lint_rc; format/types/knip/build/size exit $rest_rc)" >&2
  exit 1
fi
echo "gates: all at zero"
