#!/usr/bin/env bash
# `pnpm test`: every package's typecheck, lint and tests, with the db/api suites
# run twice, on fresh embedded PGlite and on a real PostgreSQL 15 this script starts.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/with-postgres.sh npx turbo run typecheck lint test --concurrency=2 "$@"
