#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each, one at a time (the machine is
# shared), growing fuzz/corpus/<target> from fuzz/seeds/<target>. Prints executions per target.
# Crashing inputs land in fuzz/artifacts/<target>/: copy each to fuzz/regressions/<target>/
# once the reader is fixed, so `cargo test -p tipdata-io --test fuzz_replay` keeps it fixed.
#   fuzz/run.sh SECONDS [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
secs="${1:-300}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(cargo +nightly fuzz list))
cargo +nightly fuzz build -O >/dev/null 2>&1 || { echo "fuzz build failed" >&2; exit 1; }
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  log="artifacts/$t.log"; mkdir -p artifacts
  cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "$t: exit $rc, ${runs:-?} executions in ${secs}s, corpus $(ls "corpus/$t" | wc -l) files$( [ $rc -ne 0 ] && echo ", CRASH: $(ls artifacts/$t/ 2>/dev/null | tail -1)")"
done
