#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 server for tests, on loopback only.
#   scripts/postgres.sh start DIR PORT   -> prints the DATABASE_URL
#   scripts/postgres.sh stop DIR
# PostgreSQL refuses to run as root, so the server runs as the `postgres` user.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?start or stop}
dir=${2:?data folder}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port=${3:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 is not installed at $BIN (apt-get install postgresql-15)." >&2; exit 1; }
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$BIN/initdb" -D "$dir/data" -U chorus --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$port" -U chorus chorus_test
    echo "postgres://chorus@127.0.0.1:$port/chorus_test"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
