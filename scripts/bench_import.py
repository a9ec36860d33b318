"""Import benchmark: tipdata vs pandas, side by side in one run.

Imports the 46,556-row GLOTIP workbook into a fresh SQLite database, alternating
`tipdata import glotip` and pandas (`read_excel` + `to_sql`), N times each; reports the
median wall time and median peak memory (max RSS, from /usr/bin/time) of each.

    cargo build --release && python3 scripts/bench_import.py [N]
"""
import os, re, statistics, subprocess, sys, tempfile

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
XLSX = os.path.join(ROOT, "data/glotip/data_glotip.xlsx")
TIPDATA = os.path.join(ROOT, "target/release/tipdata")
PANDAS = """
import sys, sqlite3, pandas as pd
df = pd.read_excel(sys.argv[1], dtype=str)
con = sqlite3.connect(sys.argv[2]); df.to_sql("glotip", con, index=False); con.commit(); con.close()
"""

def timed(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M"] + cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {cmd}\n{out.stderr}")
    m = re.search(r"TIME ([0-9.]+) ([0-9]+)", out.stderr)
    return float(m.group(1)), int(m.group(2)) / 1024

runs = {"tipdata": [], "pandas": []}
with tempfile.TemporaryDirectory() as d:
    for i in range(N):
        db = os.path.join(d, f"t{i}.db")
        runs["tipdata"].append(timed([TIPDATA, "--db", db, "import", "glotip", XLSX]))
        db = os.path.join(d, f"p{i}.db")
        runs["pandas"].append(timed([sys.executable, "-c", PANDAS, XLSX, db]))
print(f"import of {os.path.basename(XLSX)} into a fresh SQLite database, median of {N}, on {os.cpu_count()} cores")
print(f"{'tool':10} {'wall s':>8} {'peak MB':>8}")
med = {}
for k, v in runs.items():
    med[k] = (statistics.median(t for t, _ in v), statistics.median(m for _, m in v))
    print(f"{k:10} {med[k][0]:8.2f} {med[k][1]:8.1f}")
print(f"speed-up: {med['pandas'][0] / med['tipdata'][0]:.1f}x; memory: {med['pandas'][1] / med['tipdata'][1]:.1f}x less")
