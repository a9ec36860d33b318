"""Cross-tab benchmark: tipdata vs DuckDB, side by side in one run, on the same file.

10 million victim-level records with the distributions of the CTDC file (8 categorical
columns, scripts/gen_ctdc_records.py), counted by two keys with a filter:

    SELECT citizenship, ageBroad, count(*) WHERE isSexualExploit = '1.0' GROUP BY 1, 2

Two comparisons, N runs each, alternating, median reported:
  end to end   from the CSV file to the counts. tipdata: the whole `tipdata crosstab --in`
               process (start-up, reading, counting, printing). DuckDB: `read_csv` in an
               already open in-process connection (its import and start-up not counted).
  in memory    over data each already holds in memory: tipdata loads all 8 columns as
               dictionary-encoded columns once (`--repeat N`, it prints the median); DuckDB
               runs the query against a table created from the CSV (`CREATE TABLE AS`).
Both read every column as text (DuckDB `all_varchar`), both use every core (DuckDB's default).
The script checks that both give the same counts.

    cargo build --release -p tipdata-cli && python3 scripts/bench_crosstab.py [N] [ROWS]
"""
import os, re, statistics, subprocess, sys, time
import duckdb

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5
ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIPDATA = os.path.join(ROOT, "target/release/tipdata")
CSV = os.path.join(ROOT, f"target/bench/ctdc-{ROWS // 1_000_000}m.csv" if ROWS >= 1_000_000 else f"target/bench/ctdc-{ROWS}.csv")
BY, FILTER = ("citizenship", "ageBroad"), ("isSexualExploit", "1.0")

if not os.path.exists(CSV):
    os.makedirs(os.path.dirname(CSV), exist_ok=True)
    print(f"generating {CSV} ...", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts/gen_ctdc_records.py"), str(ROWS), CSV], check=True)

TIP = [TIPDATA, "crosstab", "--in", CSV, "--by", ",".join(BY), "--filter", f"{FILTER[0]}={FILTER[1]}", "--format", "csv"]
SQL = f"""SELECT "{BY[0]}", "{BY[1]}", count(*) AS n FROM {{src}} WHERE "{FILTER[0]}" = '{FILTER[1]}' GROUP BY 1, 2"""
READ = f"read_csv('{CSV}', header = true, all_varchar = true)"

def tip_counts(out):
    rows = {}
    for line in out.strip().splitlines()[1:]:
        a, b, n, _, _ = line.rsplit(",", 4) if line.count(",") == 4 else line.split(",")
        rows[(a, b)] = int(n)
    return rows

def duck_counts(res):
    return {(a or "", b or ""): n for a, b, n in res}

con = duckdb.connect()
e2e = {"tipdata": [], "duckdb": []}
mem = {"tipdata": [], "duckdb": []}
load = {"tipdata": [], "duckdb": []}
for i in range(N):
    t = time.perf_counter()
    out = subprocess.run(TIP, capture_output=True, text=True, check=True).stdout
    e2e["tipdata"].append(time.perf_counter() - t)
    t = time.perf_counter()
    res = con.sql(SQL.format(src=READ)).fetchall()
    e2e["duckdb"].append(time.perf_counter() - t)
    if i == 0:
        ours, theirs = tip_counts(out), duck_counts(res)
        assert ours == theirs, "tipdata and DuckDB disagree"
        print(f"same counts: {len(ours)} cells, {sum(ours.values()):,} records pass the filter")

r = subprocess.run(TIP + ["--repeat", str(max(N, 5))], capture_output=True, text=True, check=True)
m = re.search(r"load ([0-9.]+) s .*crosstab median ([0-9.]+) ms", r.stderr)
load["tipdata"].append(float(m.group(1)))
mem["tipdata"].append(float(m.group(2)) / 1e3)
t = time.perf_counter()
con.sql(f"CREATE TABLE t AS SELECT * FROM {READ}")
load["duckdb"].append(time.perf_counter() - t)
for i in range(max(N, 5)):
    t = time.perf_counter()
    con.sql(SQL.format(src="t")).fetchall()
    mem["duckdb"].append(time.perf_counter() - t)

print(f"cross-tab of {ROWS:,} records ({os.path.getsize(CSV) / 1e6:.0f} MB CSV, 8 columns) by {', '.join(BY)} where {FILTER[0]} = {FILTER[1]}")
print(f"median of {N} runs (in memory: {max(N, 5)}), {os.cpu_count()} cores, DuckDB {duckdb.__version__}")
print(f"{'':28} {'tipdata':>10} {'DuckDB':>10} {'DuckDB/tipdata':>15}")
med = lambda v: statistics.median(v)
for name, d, unit, k in [("end to end from CSV (s)", e2e, "s", 1), ("load into memory (s)", load, "s", 1), ("cross-tab in memory (ms)", mem, "ms", 1e3)]:
    a, b = med(d["tipdata"]) * k, med(d["duckdb"]) * k
    print(f"{name:28} {a:10.3f} {b:10.3f} {b / a:14.2f}x")
