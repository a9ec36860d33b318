#!/usr/bin/env bash
# Browser end-to-end tests: headless Debian chromium driven by Playwright (playwright-core from
# the npm registry, using /usr/bin/chromium: no browser download). Builds tipdata, makes the
# demo database in a temporary directory, adds a focal point, an analyst, a coder and four
# coded cases (cases.jsonl), serves on loopback, runs
# e2e.test.mjs with node's test runner. Screenshots: tests/browser/artifacts/ (or $ARTIFACTS).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
if ! command -v chromium >/dev/null; then
  echo "== installing chromium (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
command -v node >/dev/null || { echo "error: node is needed for the browser tests" >&2; exit 1; }
(cd tests/browser && npm ci --no-audit --no-fund --silent)

cargo build -p tipdata-cli
bin=${CARGO_TARGET_DIR:-$root/target}/debug/tipdata
tmp=$(mktemp -d)
port=${PORT:-18480}
"$bin" --db "$tmp/e2e.db" demo --no-serve >/dev/null 2>&1
TIPDATA_PASSWORD='focal point password' "$bin" --db "$tmp/e2e.db" users add fp --role focal_point --country BOL >/dev/null
TIPDATA_PASSWORD='analyst password' "$bin" --db "$tmp/e2e.db" users add an --role analyst >/dev/null
TIPDATA_PASSWORD='coder password' "$bin" --db "$tmp/e2e.db" users add cd --role coder >/dev/null
# Four short narratives written for these tests, coded by the automatic coder: the workbench
# and the chapter 5 pages need coded cases, and the demo data has none.
"$bin" --db "$tmp/e2e.db" import cases tests/browser/cases.jsonl --format jsonl >/dev/null
"$bin" --db "$tmp/e2e.db" cases code >/dev/null
"$bin" --db "$tmp/e2e.db" serve --addr "127.0.0.1:$port" 2>"$tmp/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

export TIPDATA_URL="http://127.0.0.1:$port" ARTIFACTS="${ARTIFACTS:-$root/tests/browser/artifacts}"
cd tests/browser && node --test e2e.test.mjs
echo "screenshots: $ARTIFACTS"
