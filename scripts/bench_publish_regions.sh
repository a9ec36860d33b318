#!/usr/bin/env bash
# Disclosure control across the M49 hierarchy on the bundled GLOTIP file (issue 8), release
# build: the audit of GLOTIP as published (without and with regional sums), our publication
# without and with regional sums, and the audit of our output. CPU time and peak memory from
# /usr/bin/time -v. Usage: scripts/bench_publish_regions.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/tipdata
[ -x "$bin" ] || cargo build --release -p tipdata-cli
work=${1:-$(mktemp -d)}
mkdir -p "$work"
db="$work/bench.db"
rm -f "$work/bench.db"
"$bin" --db "$db" import glotip data/glotip/data_glotip.xlsx >/dev/null
"$bin" --db "$db" release create bench >/dev/null
run() {
  local name=$1; shift
  echo "== $name: tipdata $*"
  /usr/bin/time -v "$bin" --db "$db" "$@" >"$work/$name.out" 2>"$work/$name.err" || echo "(exit $?)"
  grep -v '^  ' "$work/$name.out" | head -30
  grep -E "User time|System time|Elapsed|Maximum resident" "$work/$name.err"
}
run audit-stored publish --audit-stored
run audit-stored-regions publish --audit-stored --regional-sums
run out-countries publish --out "$work/countries"
run out-regions publish --out "$work/regions" --regional-sums
run audit-countries publish --audit "$work/countries"
run audit-regions publish --audit "$work/regions"
run out-rr3 publish --out "$work/rr3" --method rr3 --seed 1
