#!/usr/bin/env bash
# Public pages before and after they read a release's protected publication: for each binary
# (OLD: live cells with the interim `<5` rule; NEW: this tree), a demo database, then one
# server with the cache off (`--cache-seconds 0`: every request computes its answer) and N
# sequential requests per public route. Reports the median and p90 wall latency (curl) and the
# server's CPU time per request (utime+stime from /proc, which load on a shared machine does
# not inflate the way it inflates wall time). Also times `release publish` (the publication's
# computation) for NEW, as CPU seconds.
#   OLD=/path/to/old/tipdata NEW=target/release/tipdata scripts/bench_public.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-30}
PORT=${PORT:-18390}
NEW=${NEW:-target/release/tipdata}
tmp=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
tick=$(getconf CLK_TCK)
routes=(
  "/"
  "/countries"
  "/countries/BOL"
  "/api/countries/BOL"
  "/api/query?indicator=Detected+trafficking+victims&filter=dimension%3DTotal&filter=category%3DTotal&filter=sex%3DTotal&filter=age%3DTotal&by=region,year"
  "/api/query?indicator=Detected+trafficking+victims&by=country,dimension,category,sex,age,year&format=csv"
)

cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }

bench() {
  local label=$1 bin=$2 db=$3
  "$bin" --db "$db" serve --addr "127.0.0.1:$PORT" --cache-seconds 0 2>"$tmp/serve-$label.log" &
  server=$!
  for _ in $(seq 600); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  for r in "${routes[@]}"; do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$r"   # first request: loads what the route needs
    local before after
    before=$(cpu_of "$server")
    for _ in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$r"; done >"$tmp/t"
    after=$(cpu_of "$server")
    sort -n "$tmp/t" | awk -v n="$N" -v cpu="$((after - before))" -v tick="$tick" -v label="$label" -v r="$r" '
      { t[NR] = $1 }
      END { printf "%-4s median %7.1f ms  p90 %7.1f ms  cpu/request %7.2f ms  %s\n", label, t[int((n + 1) / 2)] * 1000, t[int(n * 0.9)] * 1000, cpu / tick * 1000 / n, r }'
  done
  kill "$server"; wait "$server" 2>/dev/null || true
}

echo "== $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $N requests per route, cache off"
"$NEW" --db "$tmp/new.db" demo --no-serve >/dev/null 2>"$tmp/demo-new.log" || { cat "$tmp/demo-new.log"; exit 1; }
# The publication's computation alone, on a second release of the same data.
"$NEW" --db "$tmp/new.db" release create bench --no-publication >/dev/null
/usr/bin/time -f "release publish: %U s user, %S s system, %e s wall, %M KB max RSS" "$NEW" --db "$tmp/new.db" release publish bench >/dev/null
if [ -n "${OLD:-}" ]; then
  "$OLD" --db "$tmp/old.db" demo --no-serve >/dev/null 2>&1
  bench old "$OLD" "$tmp/old.db"
fi
bench new "$NEW" "$tmp/new.db"
