"""Checks tipdata's Parquet export with DuckDB as the independent reader (run by run.sh).

  check.py change ALL.csv OUT.csv   SDMX-CSV: every 7th count cell one higher (a second import)
  check.py compare DIR BIN          DIR holds obs.parquet, obs.csv, query.csv, instrument.json
"""
import csv
import json
import random
import subprocess
import sys

import duckdb


def change(src, dest):
    with open(src, newline="") as f:
        rows = list(csv.DictReader(f))
    n = 0
    for i, r in enumerate(rows):
        if r["OBS_VALUE"] and i % 7 == 0:
            r["OBS_VALUE"] = str(int(r["OBS_VALUE"]) + 1)
            n += 1
    with open(dest, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    print(f"changed {n} of {len(rows)} cells", file=sys.stderr)


def fail(msg):
    print(f"parquet check FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def compare(d, binary):
    con = duckdb.connect()
    cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{d}/obs.parquet')").fetchall()]
    want = ["country", "indicator", "dimension", "category", "sex", "age", "year", "value", "below", "missing", "source", "version"]
    if cols != want:
        fail(f"columns {cols}, expected {want}")
    rows = con.execute(f"SELECT {', '.join(want)} FROM read_parquet('{d}/obs.parquet')").fetchall()
    key = lambda r: tuple(r[:7])
    parquet = {key(r): r for r in rows}
    if len(parquet) != len(rows):
        fail(f"{len(rows) - len(parquet)} repeated keys")

    # 1. Every cell against the SDMX-CSV export (codes mapped back to names).
    inst = json.load(open(f"{d}/instrument.json"))
    ind = {i["code"]: i["name"] for i in inst["indicators"]}
    dim = {x["code"]: x["name"] for x in inst["dimensions"]}
    sex = {x["code"]: x["name"] for x in inst["sex"]}
    age = {x["code"]: x["name"] for x in inst["age"]}
    sdmx = {}
    with open(f"{d}/obs.csv", newline="") as f:
        for r in csv.DictReader(f):
            k = (r["REF_AREA"], ind[r["INDICATOR"]], dim[r["BREAKDOWN"]], r["CATEGORY"], sex[r["SEX"]], age[r["AGE"]], int(r["TIME_PERIOD"]))
            if r["OBS_STATUS"] == "M":
                v = (None, None, True)
            elif r["CONF_STATUS"] == "C":
                v = (None, int(r["VALUE_BELOW"]), False)
            else:
                v = (int(r["OBS_VALUE"]), None, False)
            sdmx[k] = v
    if set(sdmx) != set(parquet):
        fail(f"keys differ from the SDMX-CSV export: {len(set(sdmx) - set(parquet))} missing, {len(set(parquet) - set(sdmx))} extra")
    bad = [k for k, v in sdmx.items() if tuple(parquet[k][7:10]) != v]
    if bad:
        fail(f"{len(bad)} cells differ from the SDMX-CSV export, e.g. {bad[0]}: {parquet[bad[0]][7:10]} vs {sdmx[bad[0]]}")

    # 2. Every summed cell against `tipdata query` (country and territory entities, not missing).
    with open(f"{d}/query.csv", newline="") as f:
        query = list(csv.DictReader(f))
    for q in query:
        k = (q["country"], q["indicator"], q["dimension"], q["category"], q["sex"], q["age"], int(q["year"]))
        p = parquet.get(k)
        if p is None:
            fail(f"query row {k} is not in the Parquet file")
        value, below = p[7], p[8]
        expect = (value or 0, 1 if below is not None else 0, value if value is not None else 0,
                  value if value is not None else below - 1, 1)
        got = tuple(int(q[c]) for c in ("value", "suppressed", "low", "high", "cells"))
        if got != expect:
            fail(f"{k}: query says {got}, Parquet gives {expect}")
    # The same sums computed by DuckDB over the file.
    totals = con.execute(
        f"SELECT indicator, sum(coalesce(value, 0)), count(below) FROM read_parquet('{d}/obs.parquet') "
        f"WHERE NOT missing GROUP BY indicator ORDER BY indicator").fetchall()
    print(f"DuckDB totals by indicator (all entities): {totals}", file=sys.stderr)

    # 3. Source and version of a seeded sample against `tipdata cell`.
    rng = random.Random(9)
    sample = rng.sample(sorted(parquet), 60)
    changed = [k for k in sorted(parquet) if parquet[k][11] > 1]
    if not changed:
        fail("no cell has version > 1 after the second import")
    sample += rng.sample(changed, 20)
    for k in sample:
        out = subprocess.run(
            [binary, "cell", "--country", k[0], "--indicator", k[1], "--dimension", k[2], "--category", k[3],
             "--sex", k[4], "--age", k[5], "--year", str(k[6])], capture_output=True, text=True, check=True).stdout
        lines = out.splitlines()
        version = int(lines[1].rsplit("(version ", 1)[1].rstrip(")"))
        source = lines[2].removeprefix("source: ")
        if (source, version) != (parquet[k][10], parquet[k][11]):
            fail(f"{k}: tipdata cell says {source!r} version {version}, Parquet {parquet[k][10]!r} version {parquet[k][11]}")
    print(f"parquet check: {len(rows)} rows equal the SDMX-CSV export, {len(query)} equal `tipdata query`, "
          f"{len(sample)} sources and versions equal `tipdata cell` ({len(changed)} cells at version > 1)", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1] == "change":
        change(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        fail(f"unknown command {sys.argv[1]}")
