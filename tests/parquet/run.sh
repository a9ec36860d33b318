#!/usr/bin/env bash
# Parquet export, read back by an independent reader: DuckDB (Python package) reads the file
# `tipdata export observations --format parquet` writes and every row is compared with
# `tipdata query` (per-cell sums and bounds), the SDMX-CSV export (every cell, missing and
# aggregates included) and `tipdata cell` (source and version, on a seeded sample).
# Needs the network once (pip install duckdb); not part of `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m pip install --quiet --disable-pip-version-check duckdb
# .ci/run passes the binary `cargo test --workspace` built; alone, build it.
if [ -z "${TIPDATA_BIN:-}" ]; then cargo build -p tipdata-cli; fi
BIN="${TIPDATA_BIN:-$PWD/target/debug/tipdata}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TIPDATA_DB="$tmp/parquet.db"

"$BIN" import glotip data/glotip/data_glotip.xlsx >/dev/null
# A second channel changes some cells, so sources and versions differ between rows.
"$BIN" export observations --out "$tmp/all.csv" 2>/dev/null
python3 tests/parquet/check.py change "$tmp/all.csv" "$tmp/changed.csv"
"$BIN" import sdmx "$tmp/changed.csv" >/dev/null

"$BIN" export observations --format parquet --out "$tmp/obs.parquet"
"$BIN" export observations --out "$tmp/obs.csv" 2>/dev/null
"$BIN" query --by country,indicator,dimension,category,sex,age,year --format csv >"$tmp/query.csv" 2>/dev/null
"$BIN" instrument show --format json >"$tmp/instrument.json"
python3 tests/parquet/check.py compare "$tmp" "$BIN"
