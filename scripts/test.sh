#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what it needs, then lint, types, unit tests,
# server integration tests against real processes, and Playwright in Chromium. Ends with one
# "N passed, N failed" line and a non-zero exit if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-}"

bash scripts/install-system-deps.sh || exit 1
pnpm install --frozen-lockfile || exit 1

failed_steps=()
step() {
  local name="$1"; shift
  echo ""
  echo "━━ $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

mkdir -p .tmp
rm -f .tmp/vitest.json e2e/test-results/results.json
step "lint" pnpm lint
step "typecheck" pnpm typecheck
step "build" pnpm build
# Every test server from here on is the production bundle `pnpm build` just wrote, as `pnpm start` runs it.
export OPPDAG_TEST_BUNDLE=1
step "unit and server tests" pnpm exec vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json
step "end-to-end tests" pnpm --filter @oppdag/e2e exec playwright test --project=e2e

echo ""
node scripts/summarize-tests.mjs .tmp/vitest.json e2e/test-results/results.json
summary=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  exit 1
fi
exit $summary
