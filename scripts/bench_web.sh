#!/usr/bin/env bash
# Throughput and latency of the web server under wrk, on loopback: a public aggregate endpoint
# (/api/query, the dashboard's region x year table) against /healthz (a hello-world route that
# touches nothing) in the same server process, one after the other.
#   scripts/bench_web.sh                # 60 s each (the recorded run)
#   DURATION=10s scripts/bench_web.sh   # shorter, while developing
# Needs wrk (apt-get install -y wrk). Builds the release binary; the demo database goes to a
# temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18380}
command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

cargo build --release -p tipdata-cli >&2
bin=target/release/tipdata
tmp=$(mktemp -d)
"$bin" --db "$tmp/bench.db" demo --no-serve >/dev/null 2>&1
"$bin" --db "$tmp/bench.db" serve --addr "127.0.0.1:$PORT" 2>"$tmp/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

aggregate="/api/query?indicator=Detected+trafficking+victims&filter=dimension%3DTotal&filter=category%3DTotal&filter=sex%3DTotal&filter=age%3DTotal&by=region,year"
echo "== $(date -u +%FT%TZ) $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
for path in /healthz "$aggregate"; do
  echo "== GET $path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
done

# The same aggregate with the cache off: what every request would cost if it went to SQLite.
kill "$server"; wait "$server" 2>/dev/null || true
"$bin" --db "$tmp/bench.db" serve --addr "127.0.0.1:$PORT" --cache-seconds 0 2>"$tmp/serve.log" &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
echo "== GET $aggregate with the cache off (--cache-seconds 0), ${UNCACHED:-10s}"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${UNCACHED:-10s}" --latency "http://127.0.0.1:$PORT$aggregate"
