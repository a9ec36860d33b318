#!/usr/bin/env bash
# Disclosure control across the M49 hierarchy on the bundled GLOTIP file (issue 8), release
# build: release create (which computes and keeps the publication, regional sums included), the
# audit of GLOTIP as published (without and with regional sums), our publication without and
# with regional sums (computed, and read back from the release), and the audit of our output.
# CPU time and peak memory from /usr/bin/time -v. Usage: scripts/bench_publish_regions.sh [WORKDIR]
# Per indicator x year times: cargo run --release -p tipdata-privacy --example publish_regions.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/tipdata
[ -x "$bin" ] || cargo build --release -p tipdata-cli
work=${1:-$(mktemp -d)}
mkdir -p "$work"
db="$work/bench.db"
rm -f "$work/bench.db"
"$bin" --db "$db" import glotip data/glotip/data_glotip.xlsx >/dev/null
run() {
  local name=$1; shift
  echo "== $name: tipdata $*"
  /usr/bin/time -v "$bin" --db "$db" "$@" >"$work/$name.out" 2>"$work/$name.err" || echo "(exit $?)"
  grep -v '^  ' "$work/$name.out" | head -30
  grep -E "User time|System time|Elapsed|Maximum resident" "$work/$name.err"
}
run release-plain release create plain --no-publication
run out-countries publish --out "$work/countries" --no-regional-sums
run out-regions publish --out "$work/regions"
run release-create release create bench
run out-kept publish --out "$work/kept"
cmp "$work/regions/tables.csv" "$work/kept/tables.csv" && echo "kept publication: same bytes as computed"
run audit-stored publish --audit-stored
run audit-stored-regions publish --audit-stored --regional-sums
run audit-countries publish --audit "$work/countries"
run audit-regions publish --audit "$work/regions"
run out-rr3 publish --out "$work/rr3" --method rr3 --seed 1
