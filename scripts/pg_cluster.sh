#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the test suite: `start DIR PORT` prints the
# URL of a role allowed to create databases (the test helper makes one database per test);
# `stop DIR` stops it. Installs the Debian `postgresql` package if no server is found.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data directory}; port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ "$cmd" = stop ]; then
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' -m fast -w stop" >&2 || true
    else "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true; fi
  fi
  rm -rf "$dir"
  exit 0
fi
if [ -z "$bin" ]; then
  echo "installing postgresql (Debian package)" >&2
  apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# The server refuses to run as root: as root, run it as the Debian package's postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
# C collation and UTF-8: text sorts by bytes, as in SQLite (tipdata refuses other collations).
# fsync off: a throwaway test cluster; crash safety of the server is not what the suite tests.
# A failure prints the server's own log (the caller's trap removes the directory with it).
if ! as_owner "$bin/initdb -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C >'$dir/initdb.log' 2>&1"; then
  echo "initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1
fi
if ! as_owner "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c max_connections=300 -c fsync=off\" start" >&2; then
  echo "the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1
fi
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE ROLE tipdata LOGIN CREATEDB" >&2
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE tipdata OWNER tipdata" >&2
echo "postgres://tipdata@127.0.0.1:$port/tipdata"
