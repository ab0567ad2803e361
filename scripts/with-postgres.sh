#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL 15 server and SC_TEST_DATABASE_URL
# pointing at it; stops the server and removes its data when the command ends.
#   bash scripts/with-postgres.sh npx turbo run test
# If SC_TEST_DATABASE_URL is already set, uses that server instead.
# As root on a clean machine it installs postgresql-15 with apt-get. Not root and
# no PostgreSQL: it says so and fails (the suites must run on both backends).
set -euo pipefail

if [[ -n "${SC_TEST_DATABASE_URL:-}" ]]; then
  echo "with-postgres: using the server at SC_TEST_DATABASE_URL"
  exec "$@"
fi

PGBIN=/usr/lib/postgresql/15/bin
PORT=${SC_TEST_PG_PORT:-55499}
# Another server (a second test run, a developer's own) may hold the port: take the next free one.
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
  PORT=$((PORT + 1))
done

if [[ ! -x "$PGBIN/initdb" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "" >&2
    echo "*** with-postgres: PostgreSQL 15 is not installed ($PGBIN missing) and this is not root, so it cannot be installed." >&2
    echo "*** Install postgresql-15, or set SC_TEST_DATABASE_URL to a server you can create databases on." >&2
    echo "*** Refusing to run the suites on PGlite alone." >&2
    exit 1
  fi
  echo "with-postgres: installing postgresql-15 (apt-get, quietly)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql-15 >/dev/null
fi

TMP=$(mktemp -d)
RUN_AS=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb refuses to run as root: run the server as the postgres user.
  chown postgres:postgres "$TMP"
  RUN_AS=(runuser -u postgres --)
fi

stop() {
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap stop EXIT

"${RUN_AS[@]}" "$PGBIN/initdb" -D "$TMP/data" -A trust -U postgres --no-sync >"$TMP/initdb.log" 2>&1 ||
  { cat "$TMP/initdb.log" >&2; exit 1; }
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/log" -w \
  -o "-k $TMP -p $PORT -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
  { cat "$TMP/log" >&2; exit 1; }

export SC_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$PORT (SC_TEST_DATABASE_URL set)"
"$@"
