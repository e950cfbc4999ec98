#!/usr/bin/env bash
# `npm test`: checks, then unit and integration tests on embedded PGlite, the same tests on
# PostgreSQL 15, then the browser journeys in Chromium with axe. Ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)

echo "== npm run check (types, lint, dependency rules)"
npm run --silent check

echo "== unit and integration tests on embedded PGlite"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/pglite.json"

if [ -z "${TEST_DATABASE_URL:-}" ] && [ -x /usr/lib/postgresql/15/bin/initdb ]; then
  pgdir=$(mktemp -d /tmp/chorus-test-pg.XXXXXX)
  trap 'scripts/postgres.sh stop "$pgdir"' EXIT
  TEST_DATABASE_URL=$(scripts/postgres.sh start "$pgdir")
  export TEST_DATABASE_URL
fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration tests on PostgreSQL ($TEST_DATABASE_URL)"
  CHORUS_TEST_DB=postgres npx vitest run --reporter=default --reporter=json --outputFile.json="$results/postgres.json"
else
  echo "== PostgreSQL pass NOT run: install postgresql-15 or set TEST_DATABASE_URL" >&2
  [ -n "${CI:-}" ] && exit 1
fi

echo "== browser journeys in Chromium with axe"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json

node scripts/summarise-tests.mjs "$results"
